// Inline runs of a paragraph: text with emphasis, and links that are rendered only when safe.
import type { ReactNode } from 'react';
import { AppLink } from '../AppLink';
import type { Inline } from '../../api/story';
import { isExternalHref, isSafeHref } from '../../lib/safe-url';
import { story as words } from '#words/story';

function withMarks(text: string, marks: readonly string[]): ReactNode {
  let node: ReactNode = text;
  if (marks.includes('em')) node = <em>{node}</em>;
  if (marks.includes('strong')) node = <strong>{node}</strong>;
  return node;
}

/** A content link: internal paths use the router, external ones open safely; unsafe ones are plain text. */
export function ContentLink({ href, children }: { href: string; children: ReactNode }) {
  if (!isSafeHref(href)) return <span className="unsafe-link">{children}</span>;
  if (!isExternalHref(href)) return <AppLink to={href.trim()}>{children}</AppLink>;
  return (
    <a href={href.trim()} rel="noopener noreferrer" target="_blank">
      {children}
      <span className="visually-hidden">{words.newTab}</span>
    </a>
  );
}

export function InlineContent({ runs }: { runs: Inline[] }) {
  return (
    <>
      {runs.map((run, index) =>
        run.type === 'link' ? (
          <ContentLink key={index} href={run.href}>
            {withMarks(run.text, run.marks)}
          </ContentLink>
        ) : (
          <span key={index}>{withMarks(run.text, run.marks)}</span>
        ),
      )}
    </>
  );
}
