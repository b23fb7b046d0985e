// What index.html's early script draws into the static frame's main before the app has run: a story's header and
// its hero photo, the front page's lead story with its photo. Built from element trees (text is always text), with
// the classes and attributes of the app's components, so the photo's box is the one the app draws: its first render
// replaces these nodes and nothing on the screen moves (src/boot/early-paint.test.ts compares them with the app's).
import type { EarlyFront, EarlyImage, EarlyStory } from '../api/source';
import { storyHeaderText } from '../components/story-header-tree';
import { APP_LINK_ATTRIBUTE } from '../lib/app-links';
import { toDomElement, type ElementNode } from '../lib/element-tree';
import { hotTopicsSignature } from '../lib/hot-topics-signature';
import { LEAD_IMAGE_SIZES } from '../lib/image-sizes';
import { buildSrcSet } from '../lib/srcset';
import { readStored } from '../lib/storage';
import { HOT_TOPICS_DISMISSED_KEY } from '../lib/storage-keys';
import { tools } from '#words/tools';

/** What was painted: false when the frame's main was not there (nothing painted), else the photo drawn, if any. */
export type Painted = false | { photo: HTMLImageElement | null };

/** The hot-topics bar's place while it loads (as the app's placeholder holds it). */
const HOT_TOPICS_PLACE: ElementNode = {
  tag: 'div',
  className: 'hot-topics hot-topics--placeholder',
  attributes: { 'aria-hidden': 'true' },
  children: [],
};

/** The `<img>` the app's Figure draws for a first-screen photo (`priority`), with the same srcset, sizes and size. */
export function photoTree(image: EarlyImage, sizes: string): ElementNode {
  const srcset = buildSrcSet(image);
  return {
    tag: 'img',
    className: 'figure__image',
    attributes: {
      ...(srcset ? { srcset, sizes } : { sizes }),
      src: image.url,
      width: String(image.width),
      height: String(image.height),
      alt: image.alt,
      loading: 'eager',
      decoding: 'sync',
      fetchpriority: 'high',
    },
    children: [],
  };
}

/** The figure up to its photo: a caption below it moves nothing above, so the app adds it. */
const figureTree = (image: EarlyImage, sizes: string): ElementNode => ({ tag: 'figure', className: 'figure', children: [photoTree(image, sizes)] });

/**
 * The places of what stands between a story's header and its photo in the app: the times line (one line of its
 * type) and the story tools, drawn as the app first renders them but inert and hidden from assistive technology.
 */
const STORY_TOOLS_PLACE: ElementNode = {
  tag: 'div',
  className: 'story-tools',
  attributes: { 'aria-hidden': 'true', inert: '' },
  children: [
    {
      tag: 'div',
      className: 'save-story',
      children: [
        { tag: 'button', attributes: { type: 'button' }, children: [tools.save] },
        { tag: 'p', className: 'save-story__error', attributes: { id: 'save-story-error', role: 'alert' }, children: [] },
      ],
    },
    {
      tag: 'div',
      className: 'share-story',
      children: [
        { tag: 'button', attributes: { type: 'button' }, children: [tools.share] },
        { tag: 'p', className: 'share-story__status', attributes: { role: 'status' }, children: [] },
      ],
    },
    { tag: 'span', className: 'story-tools__listen', children: [] },
  ],
};
const TIMES_PLACE: ElementNode = { tag: 'p', className: 'story-header__times', attributes: { 'aria-hidden': 'true' }, children: ['\u00a0'] };

/** Replaces the static frame's skeleton with `tree`; false (nothing painted) when the frame's main is not there. */
function paint(tree: ElementNode): Painted {
  const main = document.getElementById('main');
  if (!main?.querySelector(':scope > [data-shell]')) return false;
  const page = toDomElement(tree);
  main.replaceChildren(page);
  return { photo: page.querySelector('img') };
}

/**
 * A story's header; with `sizes` (its photo may load) and a hero with nothing of the app's own between header and
 * photo but the times line and tools, also their places and the photo.
 */
export function paintStory(story: EarlyStory, sizes: string | null): Painted {
  const hero = sizes !== null && !story.notes ? story.hero : null;
  const header: ElementNode = {
    tag: 'header',
    className: 'story-header',
    children: [...storyHeaderText(story.header), ...(hero ? [TIMES_PLACE] : [])],
  };
  return paint({
    tag: 'div',
    className: 'story-page',
    children: [
      ...(readStored(HOT_TOPICS_DISMISSED_KEY) === null ? [HOT_TOPICS_PLACE] : []),
      {
        tag: 'div',
        className: 'story-layout',
        children: [
          { tag: 'article', className: 'story', children: [header, ...(hero && sizes !== null ? [STORY_TOOLS_PLACE, figureTree(hero, sizes)] : [])] },
        ],
      },
    ],
  });
}

/** The front page's lead story: headline, photo (when `photos`, else its standfirst would stand in the photo's place). */
export function paintFront(front: EarlyFront, photos: boolean): Painted {
  const lead = front.lead;
  if (!lead) return false;
  const photo = lead.photo && photos ? figureTree(lead.photo, LEAD_IMAGE_SIZES) : null;
  const standfirst: ElementNode[] =
    lead.standfirst && (photo || !lead.photo) ? [{ tag: 'p', className: 'lead-story__standfirst', children: [lead.standfirst] }] : [];
  const barShows = front.hotTopics.length > 0 && readStored(HOT_TOPICS_DISMISSED_KEY) !== hotTopicsSignature(front.hotTopics);
  return paint({
    tag: 'div',
    className: 'front-page',
    children: [
      ...(barShows ? [HOT_TOPICS_PLACE] : []),
      {
        tag: 'div',
        className: 'front-layout',
        children: [
          {
            tag: 'div',
            className: 'front-main',
            children: [
              {
                tag: 'article',
                className: 'lead-story',
                children: [
                  {
                    tag: 'h2',
                    className: 'lead-story__title',
                    children: [{ tag: 'a', attributes: { href: `/story/${lead.slug}`, [APP_LINK_ATTRIBUTE]: '' }, children: [lead.headline] }],
                  },
                  ...(photo ? [photo] : []),
                  ...standfirst,
                ],
              },
            ],
          },
        ],
      },
    ],
  });
}
