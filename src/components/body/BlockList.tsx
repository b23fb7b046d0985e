// A bulleted or numbered list inside a story.
import type { Inline } from '../../api/story';
import { InlineContent } from './InlineContent';
import { CONTENT_DIRECTION } from './content-direction';

export function BlockList({ ordered, items }: { ordered: boolean; items: Inline[][] }) {
  const children = items.map((runs, index) => (
    <li key={index} dir={CONTENT_DIRECTION}>
      <InlineContent runs={runs} />
    </li>
  ));
  return ordered ? <ol className="block-list">{children}</ol> : <ul className="block-list">{children}</ul>;
}
