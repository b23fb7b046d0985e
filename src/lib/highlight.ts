// Splits text into plain and matched parts for search highlighting: no HTML is built, so nothing can be injected.

export interface TextPart {
  text: string;
  match: boolean;
}

/** The words of a search query, as the search API reads them (whitespace-separated, case-insensitive). */
export function queryWords(query: string): string[] {
  return query.split(/\s+/).filter(Boolean);
}

// Only syntax characters: with the `u` flag, escaping anything else (e.g. `-`) is itself a syntax error.
const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` cut into parts where any of `words` occurs (longest word first, case-insensitive). */
export function highlightParts(text: string, words: string[]): TextPart[] {
  const wanted = [...new Set(words.filter(Boolean))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0 || text === '') return text === '' ? [] : [{ text, match: false }];
  const pattern = new RegExp(wanted.map(escapeRegExp).join('|'), 'giu');
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
