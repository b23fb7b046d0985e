// Pseudo-localised words (VITE_PSEUDO_LOCALE=true, build/pseudo-locale.ts): each string of a catalog, and each string a
// catalog's function returns, comes out about 40 % longer, its letters accented and bracketed ("[Šåvéšå ƒôŕ ôƒƒłîñéôƒƒ]"),
// so a test can find text that is clipped or overlaps when a language runs longer, and text that is not the catalog's.
// Runs in the browser, in the pseudo-locale build only.

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    'åƀçđéƒĝĥîĵķłɱñôþǫŕšŧûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶŁṀÑÔÞǪŔŠŦÛṼŴẊÝŽ'[index]!,
  ]),
);

/** How much longer a pseudo-localised word is than its English (German and Finnish run 30–40 % longer). */
const GROWTH = 0.4;

/** `word` with its letters accented and its start repeated at its end, about 40 % longer. */
function lengthen(word: string): string {
  const extra = word.slice(0, Math.ceil(word.length * GROWTH));
  return [...(word + extra)].map((char) => ACCENTED[char] ?? char).join('');
}

/** `text` pseudo-localised: each run of letters lengthened, the whole bracketed inside its outer spaces. */
export function pseudoText(text: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  const [, before, core, after] = match;
  if (!core) return text;
  return `${before}[${core.replace(/[A-Za-z]+/g, lengthen)}]${after}`;
}

/**
 * Settings for Intl inside a catalog, not words: the parts a date is formatted with (`stampParts`, `dayParts`, by the
 * catalogs' naming, src/lib/words/types.ts) and the locale bylines are joined in (`names`).
 */
const INTL_SETTINGS = /Parts$|^names$/;

/** A catalog's value pseudo-localised: strings, strings in arrays and records, and what functions return. */
export function pseudo<T>(value: T, key = ''): T {
  if (INTL_SETTINGS.test(key)) return value;
  if (typeof value === 'string') return pseudoText(value) as T;
  if (typeof value === 'function') {
    const words = value as (...args: unknown[]) => unknown;
    return ((...args: unknown[]) => pseudo(words(...args))) as T;
  }
  if (Array.isArray(value)) return value.map((item) => pseudo(item)) as T;
  // Plain records of words only: a React element in a sentence's pieces (`Rich`) stays as it is.
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype && !('$$typeof' in value)) {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, pseudo(item, name)])) as T;
  }
  return value;
}
