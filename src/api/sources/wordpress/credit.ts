// A photo credit written into a caption's words ("… Photo: Jane Doe", "… JANE DOE/AGENCY"), found in time linear in its length.

/** A label and its separator: "Photo:", "Photo by", "Credit:" (longer labels first, so "Photo credit:" is one label). */
const LABEL = /(?:photo credits?|photo(?:graph)?s?|pictures?|images?|credits?)(?:\s*:|\s+by\b:?)/gi;
/** Longest credit after a label, in characters. */
const MAX_LABELLED = 160;

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const isCapital = (c: string | undefined) => c !== undefined && c >= 'A' && c <= 'Z';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
/** Characters of an all-capitals agency credit ("JANE DOE/HARBOUR PRESS", "AP/O'NEILL & SONS"). */
const isCapitalsCreditChar = (c: string | undefined) => isCapital(c) || isDigit(c) || (c !== undefined && " .'’&/-".includes(c));

interface CaptionCredit {
  caption: string;
  credit: string;
}

/** Where whitespace that ends just before `index` starts (index itself when there is none). */
function spacesBefore(text: string, index: number): number {
  let start = index;
  while (start > 0 && isSpace(text[start - 1])) start -= 1;
  return start;
}

/**
 * The words before a label at `index`, when the label may start a credit there: at the start, after a sentence
 * ("… dawn. Photo: …"), after a bar or dash ("… dawn | Photo: …") or inside a parenthesis ("… dawn (Photo by …)").
 */
function captionBeforeLabel(text: string, index: number): string | null {
  if (index === 0) return '';
  if (text[index - 1] === '(') return text.slice(0, index - 1);
  const start = spacesBefore(text, index);
  const before = text[start - 1];
  if (before !== undefined && '|—–'.includes(before)) return text.slice(0, start - 1);
  if (before !== undefined && '.!?;'.includes(before) && start < index) return text.slice(0, start);
  return null;
}

/** "… Photo: Jane Doe/Agency", "… (Photo by Jane Doe)", "Credit: Agency": the first label followed by a short credit to the end. */
function labelledCredit(text: string): CaptionCredit | null {
  // The credit runs to the end, less a closing parenthesis and a full stop, and holds no parenthesis.
  let end = text.length;
  if (text[end - 1] === '.') end -= 1;
  if (text[end - 1] === ')') end -= 1;
  const lastParenthesis = Math.max(text.lastIndexOf('(', end - 1), text.lastIndexOf(')', end - 1));
  const label = new RegExp(LABEL.source, LABEL.flags);
  for (let match = label.exec(text); match; match = label.exec(text)) {
    let start = label.lastIndex;
    while (start < end && isSpace(text[start])) start += 1;
    if (start <= lastParenthesis || start === end || end - start > MAX_LABELLED) continue;
    const caption = captionBeforeLabel(text, match.index);
    if (caption !== null) return { caption, credit: text.slice(start, end).trim() };
  }
  return null;
}

/** "… bridge at dawn. JANE DOE/HARBOUR PRESS": an all-capitals credit with an agency after the last sentence that allows one. */
function capitalsCredit(text: string): CaptionCredit | null {
  // From the end back over the credit's characters; `slash` is the first slash at or after `i`.
  let slash = -1;
  for (let i = text.length - 1; i > 0 && isCapitalsCreditChar(text[i]); i -= 1) {
    if (text[i] === '/') slash = i;
    if (slash < 0 || !isCapital(text[i]) || !isSpace(text[i - 1])) continue;
    const next = text[slash + 1];
    if (!isCapital(next) && !isDigit(next)) continue;
    const sentenceEnd = spacesBefore(text, i) - 1;
    if (sentenceEnd >= 0 && '.!?'.includes(text[sentenceEnd] ?? '')) return { caption: text.slice(0, sentenceEnd + 1), credit: text.slice(i) };
  }
  return null;
}

/** `text` without the separators a removed credit leaves at its end (spaces, bars, dashes). */
export function trimSeparators(text: string): string {
  let trimmed = text.trimEnd();
  while (trimmed !== '' && '|—–-'.includes(trimmed.at(-1) ?? '')) trimmed = trimmed.slice(0, -1).trimEnd();
  return trimmed;
}

/** A caption's words split into caption and credit when the credit is written in a recognisable way; else all caption. */
export function splitCredit(text: string): { caption: string; credit: string | undefined } {
  const found = labelledCredit(text) ?? capitalsCredit(text);
  return found ? { caption: trimSeparators(found.caption.trim()), credit: found.credit } : { caption: trimSeparators(text), credit: undefined };
}
