// Picks a message's plural form for a count by the publication's rules (Intl.PluralRules: English has one/other,
// Arabic zero/one/two/few/many/other); the rules object is made once, on first use.
import { PUBLICATION } from '../publication';

/** A message's forms by plural category; `other` is required, as every language has it. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

let rules: Intl.PluralRules | undefined;

/** The form of `forms` for `count` (its `other` when the language's category has no form of its own). */
export function plural(count: number, forms: PluralForms): string {
  return forms[(rules ??= new Intl.PluralRules(PUBLICATION.locale)).select(count)] ?? forms.other;
}

let numbers: Intl.NumberFormat | undefined;

/** `count` in the publication's digits and grouping ("1,234"). */
export function formatNumber(count: number): string {
  return (numbers ??= new Intl.NumberFormat(PUBLICATION.locale)).format(count);
}
