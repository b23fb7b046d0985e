// A bulleted or numbered list inside a story.
import type { Inline } from '../../api/story';
import { InlineContent } from './InlineContent';

export function BlockList({ ordered, items }: { ordered: boolean; items: Inline[][] }) {
  const children = items.map((runs, index) => (
    <li key={index}>
      <InlineContent runs={runs} />
    </li>
  ));
  return ordered ? <ol className="block-list">{children}</ol> : <ul className="block-list">{children}</ul>;
}
