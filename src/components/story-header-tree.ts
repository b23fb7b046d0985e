// The story header's text part (headline, standfirst, byline) as one description that the app (StoryHeader), the
// early paint of index.html (src/boot/early-story.ts) and the static floor all draw, so they cannot drift apart.
import type { Byline } from '../api/story';
import type { ElementNode } from '../lib/element-tree';

export interface StoryHeaderText {
  headline: string;
  standfirst?: string | undefined;
  byline: Byline[];
}

export function bylineTree(authors: Byline[]): ElementNode {
  return {
    tag: 'p',
    className: 'byline',
    children: [
      { tag: 'span', className: 'visually-hidden', children: ['By '] },
      ...authors.map((author, index): ElementNode => ({
        tag: 'span',
        className: 'byline__author',
        children: [
          ...(index > 0 ? [index === authors.length - 1 ? ' and ' : ', '] : []),
          { tag: 'span', className: 'byline__name', children: [author.name] },
          ...(author.role ? [{ tag: 'span', className: 'byline__role', children: [`, ${author.role}`] }] : []),
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
