// A call to action from the newsroom, such as the tip line.
import type { Inline } from '../../api/article';
import { InlineContent } from './InlineContent';

export function CallToAction({ content }: { content: Inline[] }) {
  return (
    <aside className="call-to-action" aria-label="From the newsroom">
      <p>
        <InlineContent runs={content} />
      </p>
    </aside>
  );
}
