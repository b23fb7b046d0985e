// The publication's language and direction on `<html>`, the one place they are declared for a whole page (every page
// Lede writes: the frame and the offline page (shell.html), index.html, the pages rendered ahead or by the render
// server from that frame, and the static floors); elements in another language carry their own.
import type { Publication } from '../src/lib/publication.ts';

type Language = Pick<Publication, 'language' | 'dir'>;

/** `lang="…" dir="…"`, as `<html>` carries them. */
export function documentLanguageAttributes({ language, dir }: Language): string {
  // A BCP 47 tag is letters, digits and hyphens: anything else is a broken setting, not something to escape.
  if (!/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(language)) throw new Error(`lede: "${language}" is not a BCP 47 language tag`);
  return `lang="${language}" dir="${dir}"`;
}

/** `html` with its `<html>` tag declaring the publication's language and direction (replacing any it declared). */
export function withDocumentLanguage(html: string, publication: Language): string {
  if (!/<html[\s>]/.test(html)) throw new Error('lede: the page has no <html> tag to declare its language on');
  return html.replace(/<html\b([^>]*)>/, (_tag, attributes: string) => {
    const others = attributes.replace(/\s(?:lang|dir)=(?:"[^"]*"|'[^']*'|[^\s>]*)/g, '');
    return `<html ${documentLanguageAttributes(publication)}${others}>`;
  });
}
