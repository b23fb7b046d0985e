// A call to action from the newsroom, such as the tip line.
import type { Inline } from '../../api/story';
import { InlineContent } from './InlineContent';
import { story as words } from '#words/story';

/** `label`: the landmark's name; a page with several (a live page's posts) names each apart. */
export function CallToAction({ content, label = words.newsroom }: { content: Inline[]; label?: string | undefined }) {
  return (
    <aside className="call-to-action" aria-label={label}>
      <p>
        <InlineContent runs={content} />
      </p>
    </aside>
  );
}
