// The story header's text part (headline, standfirst, byline) as one description that the app (StoryHeader), the
// early paint of index.html (src/boot/early-story.ts) and the static floor all draw, so they cannot drift apart.
import type { Byline } from '../api/story';
import type { ElementNode } from '../lib/element-tree';
import { byline as words } from '#words/byline';

let names: Intl.ListFormat | undefined;

/** What goes before each of `count` names as Intl.ListFormat joins them in the publication's house style ("", ", ", " and "). */
function separators(count: number): string[] {
  const before: string[] = [];
  let pending = '';
  const parts = (names ??= new Intl.ListFormat(words.names, { type: 'conjunction' })).formatToParts(Array.from({ length: count }, String));
  for (const part of parts) {
    if (part.type === 'literal') pending += part.value;
    else {
      before.push(pending);
      pending = '';
    }
  }
  return before;
}

export interface StoryHeaderText {
  headline: string;
  standfirst?: string | undefined;
  byline: Byline[];
}

export function bylineTree(authors: Byline[]): ElementNode {
  const before = separators(authors.length);
  return {
    tag: 'p',
    className: 'byline',
    children: [
      { tag: 'span', className: 'visually-hidden', children: [words.by] },
      ...authors.map((author, index): ElementNode => ({
        tag: 'span',
        className: 'byline__author',
        children: [
          ...(before[index] ? [before[index]] : []),
          { tag: 'span', className: 'byline__name', children: [words.name(author.name)] },
          ...(author.role ? [{ tag: 'span', className: 'byline__role', children: [words.role(author.role)] }] : []),
        ],
      })),
    ],
  };
}

/** The header's children before the times line: h1 (focusable after navigation), standfirst, byline. */
export function storyHeaderText({ headline, standfirst, byline }: StoryHeaderText): ElementNode[] {
  return [
    { tag: 'h1', className: 'story-header__headline', attributes: { tabindex: '-1' }, children: [headline] },
    ...(standfirst ? [{ tag: 'p', className: 'story-header__standfirst', children: [standfirst] }] : []),
    ...(byline.length > 0 ? [bylineTree(byline)] : []),
  ];
}
