// A page's metadata (model/page-meta.ts) as React elements: React puts <title>, <meta> and <link> in the document's
// <head> (and adopts the same tags the render server wrote there); the JSON-LD stays where it renders.
import type { JsonLd, PageMeta } from '../model/page-meta';

/** The JSON-LD as script text: JSON escapes quotes, and "<" is escaped too so no text can close the script element. */
export const jsonLdText = (document: JsonLd): string => JSON.stringify(document).replace(/</g, '\\u003c');

/** `news-article-jsonld` for a NewsArticle: how tests find a document. */
const testId = (type: string) => `${type.replace(/(?<=[a-z0-9])(?=[A-Z])/g, '-').toLowerCase()}-jsonld`;

interface Props {
  meta: PageMeta;
  /** False where the page renders its <title> itself, at once (it names the page to assistive technology). */
  withTitle: boolean;
}

export function PageMetaTags({ meta, withTitle }: Props) {
  return (
    <>
      {withTitle && <title>{meta.title}</title>}
      {/* The lists are built afresh in one order each render: a tag's place is its identity. */}
      {meta.meta.map((tag, index) =>
        'name' in tag ? (
          <meta key={index} name={tag.name} content={tag.content} />
        ) : (
          <meta key={index} property={tag.property} content={tag.content} />
        ),
      )}
      {meta.links.map((link, index) => (
        <link key={index} rel={link.rel} href={link.href} type={link.type} title={link.title} />
      ))}
      {meta.jsonLd.map((document, index) => (
        <script key={index} type="application/ld+json" data-testid={testId(document['@type'])}>
          {jsonLdText(document)}
        </script>
      ))}
    </>
  );
}
