// Counts and numbers in the publication's language: a message's plural form by Intl.PluralRules (English has
// one/other, Arabic zero/one/two/few/many/other) and numbers by Intl.NumberFormat, each formatter made once, on first use.
import { PUBLICATION } from '../publication';

/** A message's forms by plural category; `other` is required, as every language has it. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

let rules: Intl.PluralRules | undefined;

/** The form of `forms` for `count` (its `other` when the language's category has no form of its own). */
export function plural(count: number, forms: PluralForms): string {
  return forms[(rules ??= new Intl.PluralRules(PUBLICATION.locale)).select(count)] ?? forms.other;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** `value` in the publication's digits and grouping, with `options` ("1,234"; "5 min" with a unit). */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  const key = JSON.stringify(options);
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(PUBLICATION.locale, options)));
  return format.format(value);
}

/**
 * `text` isolated from the sentence around it (U+2068 … U+2069, what <bdi> does, but usable in attributes too): a
 * name, a query or Latin text inside a right-to-left sentence keeps its own direction and does not reorder its
 * neighbours. Only right-to-left words use it, so left-to-right text stays as it was.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
