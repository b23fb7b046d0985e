// Each page's title, one wording for the <title> the page renders at once and for its metadata (model/page-meta.ts).
import { titles } from '#words/titles';

// Control characters other than whitespace: an HTML parser drops or replaces some of them.
// oxlint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/**
 * `text` on one line: whitespace runs (line breaks included) as one space, control characters dropped. An HTML parser
 * turns a CR in an attribute into LF, so text with one would differ between the server's <head> and the client's tags.
 */
export function oneLine(text: string): string {
  return text.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

/** A page's title from its name ("Display preferences · Lede"). */
export const pageTitle = titles.page;
export const storyTitle = (headline: string): string => titles.page(oneLine(headline));
export const topicTitle = (name: string): string => titles.page(oneLine(name));
export const FRONT_TITLE = titles.front;
