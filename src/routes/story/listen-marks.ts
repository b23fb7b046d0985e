// Marks what Listen is reading: `aria-current` on its block and, where the browser has the CSS Custom Highlight API,
// a highlight over the sentence's words (the story's DOM is never rewritten); and keeps it in view unless the reader
// has scrolled away from it.
import { reducedMotion } from '../../lib/motion';
import type { ListenPlace, Utterance } from '../../model/listen-script';

/** The highlight's name, styled by `::highlight(lede-listen)` (src/styles/listen.css). */
export const HIGHLIGHT_NAME = 'lede-listen';
/** Room kept above a followed sentence, in px (clear of the live page's sticky "new posts" slot). */
const TOP_ROOM = 56;

/** The element holding a place's words, within `root` (a story's article, or a live post). */
export function placeElement(root: HTMLElement, place: ListenPlace): HTMLElement | null {
  switch (place.part) {
    case 'headline':
      return root.querySelector('.story-header__headline, .live-post__title');
    case 'standfirst':
      return root.querySelector('.story-header__standfirst');
    case 'hero':
      return root.querySelector(':scope > figure');
    case 'body':
      return (root.querySelector('.story-body')?.children[place.block] as HTMLElement | undefined) ?? null;
  }
}

const samePlace = (a: ListenPlace, b: ListenPlace) => a.part === b.part && (a.part !== 'body' || (b.part === 'body' && a.block === b.block));

/** Text a reader sees: words only for assistive technology ("opens in a new tab") or only for the eye are left out. */
const shownText = {
  acceptNode: (node: Node) =>
    node.parentElement?.closest('.visually-hidden, [aria-hidden="true"]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
};

/**
 * The range of `script[index]`'s sentence inside `element`: the block's earlier sentences are found first, in order,
 * so a sentence said twice in a block is marked where it is read. Null when the words are not there as written.
 */
export function sentenceRange(element: HTMLElement, script: readonly Utterance[], index: number): Range | null {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, shownText);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    starts.push(text.length);
    nodes.push(node as Text);
    text += (node as Text).data;
  }
  const place = script[index]!.place;
  let first = index;
  while (first > 0 && samePlace(script[first - 1]!.place, place)) first -= 1;
  let from = 0;
  let at = -1;
  for (let i = first; i <= index; i += 1) {
    const found = text.indexOf(script[i]!.sentence, from);
    if (found >= 0) from = found + script[i]!.sentence.length;
    if (i === index) at = found;
  }
  if (at < 0) return null;
  // The text node holding `offset`: for the end of the range, the one the sentence's last character is in.
  const locate = (offset: number, end: boolean) => {
    let node = 0;
    while (node + 1 < nodes.length && (end ? starts[node + 1]! < offset : starts[node + 1]! <= offset)) node += 1;
    return [nodes[node]!, offset - starts[node]!] as const;
  };
  const range = document.createRange();
  range.setStart(...locate(at, false));
  range.setEnd(...locate(from, true));
  return range;
}

const highlights = () => (typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null);

/** Marks `script[index]` within `root`; returns what it marked (to follow) and a function that removes the marks. */
export function markUtterance(root: HTMLElement, script: readonly Utterance[], index: number) {
  const utterance = script[index];
  const block = utterance ? placeElement(root, utterance.place) : null;
  if (!block) return { target: null, clear: () => undefined };
  block.setAttribute('aria-current', 'true');
  const registry = highlights();
  const range = registry ? sentenceRange(block, script, index) : null;
  if (registry && range) registry.set(HIGHLIGHT_NAME, new Highlight(range));
  return {
    target: range ?? block,
    clear: () => {
      block.removeAttribute('aria-current');
      if (range) registry?.delete(HIGHLIGHT_NAME);
    },
  };
}

type Target = Range | Element;

/**
 * Keeps each marked sentence in view, unless the reader scrolled away: a sentence is followed when the one before it
 * was still on screen (or a smooth scroll to it is still under way). `covered` is the height hidden at the bottom of
 * the screen (the player).
 */
export function createFollower(covered: () => number) {
  let previous: Target | null = null;
  let ownScrollUntil = 0;
  const visible = (target: Target, whole: boolean) => {
    const rect = target.getBoundingClientRect();
    const bottom = window.innerHeight - covered();
    if (rect.width === 0 && rect.height === 0) return false;
    return whole ? rect.top >= TOP_ROOM && rect.bottom <= bottom : rect.bottom > 0 && rect.top < bottom;
  };
  return (target: Target | null) => {
    const follow = previous === null || visible(previous, false) || performance.now() < ownScrollUntil;
    previous = target;
    if (!target || !follow || visible(target, true)) return;
    const smooth = !reducedMotion();
    window.scrollBy({ top: target.getBoundingClientRect().top - window.innerHeight / 3, behavior: smooth ? 'smooth' : 'instant' });
    ownScrollUntil = smooth ? performance.now() + 1000 : 0;
  };
}
