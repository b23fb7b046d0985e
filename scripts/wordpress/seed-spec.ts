// Turns Lede's fixtures into the seed spec the PHP seeder writes into WordPress (users, terms, media, posts), deterministically.
import { stories } from '../../mocks/fixtures/stories';
import { topics } from '../../mocks/fixtures/topics';
import type { StoryInput } from '../../src/api/story';
import type { ImageInput } from '../../src/api/image';
import { asTyped, photoIdOf, renderStoryContent } from './blocks';
import { slugify, tagsFor } from './seed-tags';

/** The published story pinned to the top of the front page (not the newest, so "sticky first" is visible). */
export const STICKY_SLUG = 'tip-line-scam-warning';
/** The unpublished story: it must never appear in any public response. */
export const DRAFT_SLUG = 'embargoed-ferry-fares';

export interface SeedMedia {
  photoId: string;
  file: string;
  title: string;
  alt: string;
  caption: string;
  credit: string;
}
export interface SeedPost {
  slug: string;
  title: string;
  excerpt: string;
  content: string;
  status: 'publish' | 'draft';
  sticky: boolean;
  author: string;
  categories: string[];
  tags: string[];
  dateGmt: string;
  modifiedGmt: string;
  featured: string | null;
  /** Photos first used by this post: uploaded just before it, in this order. */
  media: SeedMedia[];
}
export interface SeedSpec {
  home: string;
  timezone: string;
  users: { login: string; name: string; description: string; email: string }[];
  categories: { slug: string; name: string; description: string }[];
  tags: { slug: string; name: string }[];
  posts: SeedPost[];
}

/** "2026-11-23T12:30:00Z" → "2026-11-23 12:30:00", WordPress's GMT column format. */
export const mysqlGmt = (iso: string) => new Date(iso).toISOString().slice(0, 19).replace('T', ' ');

const humanise = (photoId: string) => photoId.charAt(0).toUpperCase() + photoId.slice(1).replace(/-/g, ' ');

function storyImages(story: StoryInput): ImageInput[] {
  const inBody = story.body.flatMap((body) => (body.type === 'figure' ? [body.image] : []));
  return story.hero ? [story.hero, ...inBody] : inBody;
}

const DRAFT: StoryInput = {
  slug: DRAFT_SLUG,
  headline: 'EMBARGOED DRAFT: ferry fares to double from January',
  standfirst: 'Not for publication. This draft exists to prove that unpublished posts never reach readers.',
  byline: [{ name: 'Tomas Reyhani', role: 'Transport correspondent' }],
  publishedAt: '2026-11-24T09:00:00Z',
  topics: [{ slug: 'transport', name: 'Transport' }],
  body: [{ type: 'paragraph', content: [{ type: 'text', text: 'If you can read this sentence in Lede, a draft has leaked.' }] }],
};

function toPost(story: StoryInput, status: SeedPost['status'], home: string, uploaded: Set<string>, imageDir: string): SeedPost {
  const media: SeedMedia[] = [];
  for (const image of storyImages(story)) {
    const photoId = photoIdOf(image);
    if (uploaded.has(photoId)) continue;
    uploaded.add(photoId);
    media.push({
      photoId,
      file: `${imageDir}/${photoId}-1600.webp`,
      title: humanise(photoId),
      alt: image.alt,
      caption: asTyped(image.caption ?? ''),
      credit: image.credit ?? '',
    });
  }
  const author = story.byline[0];
  if (!author) throw new Error(`Story ${story.slug} has no byline`);
  return {
    slug: story.slug,
    title: asTyped(story.headline),
    excerpt: asTyped(story.standfirst ?? ''),
    content: renderStoryContent(story, home),
    status,
    sticky: story.slug === STICKY_SLUG,
    author: slugify(author.name),
    categories: story.topics.map((topic) => topic.slug),
    tags: status === 'draft' ? [] : tagsFor(story.slug).map(slugify),
    dateGmt: mysqlGmt(story.publishedAt),
    modifiedGmt: mysqlGmt(story.updatedAt ?? story.publishedAt),
    featured: story.hero ? photoIdOf(story.hero) : null,
    media,
  };
}

/** The fixture stories WordPress gets: live coverage is left out (core has none; live blogs are plugins Lede does not read). */
export const seededStories = stories.filter((story) => !story.live);

/** The whole seed: stories oldest first (so post ids grow with dates, as on a real site), then the draft. */
export function buildSeedSpec(home: string, imageDir: string): SeedSpec {
  const oldestFirst = [...seededStories].reverse();
  const withDraft = [...oldestFirst, DRAFT];
  const users = new Map<string, SeedSpec['users'][number]>();
  for (const story of withDraft) {
    for (const person of story.byline) {
      const login = slugify(person.name);
      if (!users.has(login)) users.set(login, { login, name: person.name, description: person.role ?? '', email: `${login}@example.com` });
    }
  }
  const tagNames = [...new Set(oldestFirst.flatMap((story) => tagsFor(story.slug)))].sort();
  const uploaded = new Set<string>();
  return {
    home,
    timezone: 'America/New_York',
    users: [...users.values()],
    categories: topics.map((topic) => ({ slug: topic.slug, name: topic.name, description: topic.description ?? '' })),
    tags: tagNames.map((name) => ({ slug: slugify(name), name })),
    posts: [...oldestFirst.map((story) => toPost(story, 'publish', home, uploaded, imageDir)), toPost(DRAFT, 'draft', home, uploaded, imageDir)],
  };
}
