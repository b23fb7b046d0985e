// Test support for the feeds' tests: the mock API's source, answers by path, and parsing that fails on bad XML.
import { expect } from 'vitest';
import { createHttp } from '../api/http';
import { createLedeSource } from '../api/sources/lede/source';
import type { SummaryInput } from '../api/summary';
import { feedResponse, type FeedOptions } from './feeds';
import { urlsOf } from './feed-test-support';

export const ORIGIN = 'https://news.example';
export const ATOM = 'http://www.w3.org/2005/Atom';
export const NEWS = 'http://www.google.com/schemas/sitemap-news/0.9';
export const HOUR = 60 * 60 * 1000;

/** The request path over the test's fetch (MSW answers it), reporting to no one. */
export const testHttp = () => createHttp({ fetch: (url, init) => fetch(url, init), observe: () => undefined });

/** Lede's own source over the mock API. */
export const newSource = () => createLedeSource(testHttp(), 'http://api.example/api');

export async function answer(path: string, options: FeedOptions = {}) {
  const response = await feedResponse(new URL(path, ORIGIN), newSource(), ORIGIN, options);
  if (!response) throw new Error(`No answer for ${path}`);
  return { response, body: await response.text() };
}

/** The document parsed as XML, failing the test on any parse error. */
export function parsed(body: string): Document {
  const document = new DOMParser().parseFromString(body, 'application/xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document;
}

/** A 200 XML answer of `type`, parsed, with every address it names absolute on the origin. */
export async function xmlDocumentAt(path: string, type: string, options: FeedOptions = {}) {
  const { response, body } = await answer(path, options);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe(type);
  expect(response.headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=600');
  for (const url of urlsOf(body)) expect(url.startsWith(`${ORIGIN}/`), url).toBe(true);
  return { document: parsed(body), body };
}

/** What `urlsOf` should find, read by an XML parser: the text of loc, link and guid, and href and domain attributes. */
export const addressesIn = (document: Document) => [
  ...new Set(
    [...document.getElementsByTagName('*')].flatMap((node) => {
      const text = ['loc', 'link', 'guid'].includes(node.localName) ? (node.textContent?.trim() ?? '') : '';
      return [text, node.getAttribute('href'), node.getAttribute('domain')].filter((value): value is string => !!value);
    }),
  ),
];

export const texts = (root: Document | Element, name: string) => [...root.getElementsByTagName(name)].map((node) => node.textContent);
export const slugOf = (url: string | null) => new URL(url ?? '').pathname.replace('/story/', '');

export function summary(slug: string, publishedAt: number, headline = `Headline of ${slug}`): SummaryInput {
  return {
    slug,
    headline,
    standfirst: `Standfirst of ${slug}.`,
    publishedAt: new Date(publishedAt).toISOString(),
    topic: { slug: 'city', name: 'City' },
  };
}
