// The demo built as another publication than English in the Lighthouse bench (`demo-ar`, the Arabic demo): which
// publication a mode builds, its pages' paths, and its story's floor, so it is measured beside the English demo.
import type { PublicationId } from '../../src/lib/publication';
import { FLOOR_PAGES, SHOWCASE_SLUGS } from './floor-pages';

/** The modes that build the demo as another publication, with that publication. */
export const PUBLICATION_MODES = { 'demo-ar': 'ar' } as const satisfies Record<string, Exclude<PublicationId, 'en'>>;
export type PublicationMode = keyof typeof PUBLICATION_MODES;
export const isPublicationMode = (mode: string): mode is PublicationMode => Object.hasOwn(PUBLICATION_MODES, mode);

/** Each page's path in the English builds: the floored pages' and the archive's. */
export const PAGE_PATHS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(FLOOR_PAGES).map(([page, { path }]) => [page, path])),
  archive: '/archive',
};

/** Pages whose path is the same in every publication (a story page names its publication's own story). */
const SHARED_PAGES = ['front', 'archive'];

/** The path of `page` in `mode`'s build, or undefined when that build's publication has no such page to measure. */
export function pagePath(mode: string, page: string): string | undefined {
  if (!isPublicationMode(mode)) return PAGE_PATHS[page];
  if (page === 'story') return `/story/${SHOWCASE_SLUGS[PUBLICATION_MODES[mode]]}`;
  return SHARED_PAGES.includes(page) ? PAGE_PATHS[page] : undefined;
}

/** The label of a publication's story floor: `static floor story` for English, `static floor ar story` for Arabic. */
export const storyFloorLabel = (publication: PublicationId): string =>
  publication === 'en' ? 'static floor story' : `static floor ${publication} story`;

/** Each publication's demo story and the floor of that story (English first), measured side by side (issue 25). */
export const PUBLICATION_STORIES: Array<{ story: string; floor: string }> = [
  { story: 'demo story', floor: storyFloorLabel('en') },
  ...Object.entries(PUBLICATION_MODES).map(([mode, publication]) => ({ story: `${mode} story`, floor: storyFloorLabel(publication) })),
];
