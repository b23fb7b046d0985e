// Inline runs (text with em/strong marks, and safe links) from the nodes of a WordPress paragraph, list item or group.
import type { Inline } from '../../story';
import { ledeHref } from './links';
import { DROPPED_TAGS, SEPARATING_TAGS, childrenOf, collapseWhitespace, isElement, isText, plainText, tagOf } from './inert-html';

type Mark = 'em' | 'strong';

const EMPHASIS: Readonly<Record<string, Mark>> = { em: 'em', i: 'em', strong: 'strong', b: 'strong' };

/** Deeper markup than this is read as plain text with the marks found so far (no recursion without bound). */
const MAX_INLINE_DEPTH = 32;

export interface InlineOptions {
  /** The WordPress site's address: relative links resolve against it and its own posts become Lede routes. */
  siteUrl: string;
}

function withMark(marks: readonly Mark[], mark: Mark | undefined): Mark[] {
  if (!mark || marks.includes(mark)) return [...marks];
  return (['em', 'strong'] as const).filter((m) => m === mark || marks.includes(m));
}

function sameRun(a: Inline, type: Inline['type'], href: string | null, marks: readonly Mark[]): boolean {
  return a.type === type && (a.type !== 'link' || a.href === href) && a.marks.length === marks.length && a.marks.every((m, i) => m === marks[i]);
}

function push(out: Inline[], raw: string, marks: readonly Mark[], href: string | null): void {
  let text = collapseWhitespace(raw);
  if (text === '') return;
  const type = href === null ? 'text' : 'link';
  const last = out.at(-1);
  if (last && sameRun(last, type, href, marks)) {
    if (last.text.endsWith(' ') && text.startsWith(' ')) text = text.slice(1);
    last.text += text;
    return;
  }
  out.push(href === null ? { type: 'text', text, marks: [...marks] } : { type: 'link', href, text, marks: [...marks] });
}

function collect(nodes: Iterable<Node>, marks: readonly Mark[], href: string | null, depth: number, out: Inline[], options: InlineOptions): void {
  for (const node of nodes) {
    if (isText(node)) {
      push(out, node.nodeValue ?? '', marks, href);
      continue;
    }
    if (!isElement(node)) continue;
    const element = node as Element;
    const tag = tagOf(element);
    if (DROPPED_TAGS.has(tag)) continue;
    const separates = SEPARATING_TAGS.has(tag);
    if (separates) push(out, ' ', marks, href);
    if (depth >= MAX_INLINE_DEPTH) {
      push(out, plainText(element), marks, href);
      continue;
    }
    let linkHref = href;
    // A link inside a link keeps the outer one; an unsafe link keeps its words as plain text.
    if (tag === 'a' && href === null) linkHref = ledeHref(element.getAttribute('href') ?? '', options.siteUrl);
    collect(childrenOf(element), withMark(marks, EMPHASIS[tag]), linkHref, depth + 1, out, options);
    if (separates) push(out, ' ', marks, href);
  }
}

/** Collapses the spaces between runs and trims the ends; runs left empty are dropped. */
function tidy(runs: Inline[]): Inline[] {
  let previousEndsWithSpace = true;
  const tidied: Inline[] = [];
  for (const run of runs) {
    const text: string = previousEndsWithSpace ? run.text.replace(/^ +/, '') : run.text;
    if (text === '') continue;
    tidied.push({ ...run, text });
    previousEndsWithSpace = text.endsWith(' ');
  }
  while (tidied.length > 0) {
    const last = tidied[tidied.length - 1] as Inline;
    last.text = last.text.replace(/ +$/, '');
    if (last.text !== '') break;
    tidied.pop();
  }
  return tidied;
}

/** The inline runs of `nodes`: text, em/strong marks and safe links; everything else contributes its text or nothing. */
export function inlineRuns(nodes: Iterable<Node>, options: InlineOptions): Inline[] {
  const out: Inline[] = [];
  collect(nodes, [], null, 0, out, options);
  return tidy(out);
}

/** The plain text of inline runs. */
export function runsText(runs: readonly Inline[]): string {
  return runs.map((run) => run.text).join('');
}
