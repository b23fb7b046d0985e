// A post's standfirst: its excerpt as text, except on the story page when WordPress generated the excerpt from the
// body (the first 55 words, on every post no one wrote an excerpt for), which would repeat the story's opening.
import { parseInertHtml, plainText } from './inert-html';

/** Characters (spaces aside) of the excerpt compared with the body's opening: enough that a match is no chance. */
const COMPARED = 100;
/** Markup of the body read for its opening words: room for a photo or an embed before the first paragraphs. */
const OPENING_HTML = 8_192;
/** What WordPress leaves out of a generated excerpt: photos, galleries, embeds, video and audio, [caption] photos. */
const LEFT_OUT_OF_EXCERPTS = 'figure:not(.wp-block-table):not(.wp-block-pullquote), .wp-caption';

const withoutSpaces = (text: string) => text.replace(/\s+/g, '');

/** `text` without `ending` (and the spaces before it) when it ends so; null when it does not. */
function withoutEnding(text: string, endings: readonly string[]): string | null {
  const ending = endings.find((candidate) => text.endsWith(candidate));
  return ending === undefined ? null : text.slice(0, -ending.length).trimEnd();
}

/** The excerpt as text, without WordPress's "[…]" continuation or a theme's "Continue reading". */
export function standfirstFromExcerpt(excerptHtml: string): string {
  const body = parseInertHtml(excerptHtml);
  for (const more of Array.from(body.querySelectorAll('.more-link, .screen-reader-text'))) more.remove();
  const text = plainText(body);
  const continued = withoutEnding(text, ['[…]', '[...]']) ?? text;
  const cut = withoutEnding(continued, ['…', '...']);
  return cut === null ? continued : `${cut}…`;
}

/** The first words of `contentHtml` as WordPress reads them for an excerpt, without spaces. */
function openingWords(contentHtml: string): string {
  const body = parseInertHtml(contentHtml.slice(0, OPENING_HTML));
  for (const left of Array.from(body.querySelectorAll(LEFT_OUT_OF_EXCERPTS))) left.remove();
  return withoutSpaces(plainText(body));
}

/** True when `standfirst` is the opening of the body: an excerpt WordPress generated, or one copied from the body. */
export function repeatsBody(standfirst: string, contentHtml: string): boolean {
  const words = withoutSpaces(withoutEnding(standfirst, ['…']) ?? standfirst).slice(0, COMPARED);
  return words !== '' && openingWords(contentHtml).startsWith(words);
}

/** The standfirst a story shows above its body: the excerpt's text, or none when that would repeat the body's opening. */
export function storyStandfirst(excerptHtml: string, contentHtml: string): string {
  const standfirst = standfirstFromExcerpt(excerptHtml);
  return standfirst && repeatsBody(standfirst, contentHtml) ? '' : standfirst;
}
