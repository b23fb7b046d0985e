// Plain text from WordPress's rendered strings: entities decoded (&#8217; &amp; &#038; &eacute; &#x2019;), tags dropped.
import { collapseWhitespace, parseInertHtml, plainText } from './inert-html';

/**
 * Decodes the HTML entities in `text` and keeps everything else literally: `<b>` stays the four characters
 * `<b>`. For plain-text fields that WordPress stores entity-encoded (term names, author names).
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  // With every `<` escaped the parser sees no tags, only text and character references, which it decodes.
  return parseInertHtml(text.replace(/</g, '&lt;')).textContent ?? '';
}

/**
 * The readable text of a rendered HTML field (title.rendered, caption.rendered, excerpt.rendered): tags dropped
 * (and scripts or styles with their content), entities decoded, whitespace collapsed and trimmed.
 */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return collapseWhitespace(html).trim();
  return plainText(parseInertHtml(html));
}
