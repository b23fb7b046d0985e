// A call to action from the newsroom, such as the tip line.
import type { Inline } from '../../api/story';
import { InlineContent } from './InlineContent';

/** `label`: the landmark's name; a page with several (a live page's posts) names each apart. */
export function CallToAction({ content, label = 'From the newsroom' }: { content: Inline[]; label?: string | undefined }) {
  return (
    <aside className="call-to-action" aria-label={label}>
      <p>
        <InlineContent runs={content} />
      </p>
    </aside>
  );
}
