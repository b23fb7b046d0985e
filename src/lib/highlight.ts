// Splits text into plain and matched parts for search highlighting: no HTML is built, so nothing can be injected.

export interface TextPart {
  text: string;
  match: boolean;
}

/** The words of a search query, as the search API reads them (whitespace-separated, case-insensitive). */
export function queryWords(query: string): string[] {
  return query.split(/\s+/).filter(Boolean);
}

/**
 * Text as search compares it: lower case, without combining marks (Arabic's short vowels, shadda and sukun) or
 * tatweel, and with hamza-carrying alefs as a bare alef, so a query typed without them finds text with them.
 */
export const foldForSearch = (text: string): string =>
  text
    .toLowerCase()
    .replace(/\p{Mn}|\u0640/gu, '')
    .replace(/[\u0622\u0623\u0625]/g, '\u0627');

/** What may follow any letter and still match it: the marks and tatweel foldForSearch drops. */
const DROPPED = '[\\p{Mn}\\u0640]*';

// Only syntax characters: with the `u` flag, escaping anything else (e.g. `-`) is itself a syntax error.
const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for `word` that matches it as foldForSearch compares: marks and tatweel anywhere, any alef for an alef. */
const wordPattern = (word: string) =>
  Array.from(foldForSearch(word), (letter) => (letter === '\u0627' ? '[\u0627\u0622\u0623\u0625]' : escapeRegExp(letter))).join(DROPPED) + DROPPED;

/** `text` cut into parts where any of `words` occurs (longest word first, case-insensitive, as foldForSearch reads). */
export function highlightParts(text: string, words: string[]): TextPart[] {
  const wanted = [...new Set(words.filter((word) => foldForSearch(word) !== ''))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0 || text === '') return text === '' ? [] : [{ text, match: false }];
  const pattern = new RegExp(wanted.map(wordPattern).join('|'), 'giu');
  const parts: TextPart[] = [];
  let last = 0;
  for (const found of text.matchAll(pattern)) {
    const start = found.index;
    if (start > last) parts.push({ text: text.slice(last, start), match: false });
    parts.push({ text: found[0], match: true });
    last = start + found[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}
