// Property-based fuzzing of the content parsers and the story renderer with valid, mutated and hostile payloads.
import { render } from '@testing-library/react';
import * as fc from 'fast-check';
import { createRoutesStub } from 'react-router';
import { describe, expect, it } from 'vitest';
import { StoryBody } from '../components/StoryBody';
import { StoryHeader } from '../components/StoryHeader';
import { StorySchema } from './story';
import { parseContent } from './http';
import { ContentError } from './errors';
import { FrontPageSchema, PopularListSchema, SummaryListSchema } from './summary';

const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '\u202e\u0000\uFEFF',
    '{{constructor.constructor("x")()}}',
    '__proto__',
  ),
  fc.constant('x'.repeat(20_000)),
);

const href = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<b>x</b>',
    'vbscript:x',
    '//evil.example',
    '/\\evil.example',
    'file:///etc/passwd',
    '/story/ok',
  ),
  fc.string({ maxLength: 30 }),
);

const iso = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const marks = fc.subarray(['em', 'strong'] as const);
const inline = fc.oneof(
  fc.record({ type: fc.constant('text' as const), text: hostileString, marks }),
  fc.record({ type: fc.constant('link' as const), href, text: hostileString, marks }),
);
const image = fc.record({
  url: href,
  width: fc.integer({ min: 1, max: 5000 }),
  height: fc.integer({ min: 1, max: 5000 }),
  alt: hostileString,
  caption: fc.option(hostileString, { nil: undefined }),
  credit: fc.option(hostileString, { nil: undefined }),
  renditions: fc.array(fc.record({ url: href, width: fc.integer({ min: 1, max: 5000 }) }), { maxLength: 3 }),
});
const block = fc.oneof(
  fc.record({ type: fc.constant('paragraph' as const), content: fc.array(inline, { maxLength: 4 }) }),
  fc.record({ type: fc.constant('heading' as const), text: hostileString }),
  fc.record({ type: fc.constant('quote' as const), text: hostileString, attribution: fc.option(hostileString, { nil: undefined }) }),
  fc.record({
    type: fc.constant('embed' as const),
    author: fc.record({ name: hostileString, handle: hostileString }),
    network: hostileString,
    text: hostileString,
    postedAt: iso,
    url: href,
  }),
  fc.record({ type: fc.constant('list' as const), ordered: fc.boolean(), items: fc.array(fc.array(inline, { maxLength: 3 }), { maxLength: 3 }) }),
  fc.record({ type: fc.constant('cta' as const), content: fc.array(inline, { maxLength: 3 }) }),
  fc.record({ type: fc.constant('figure' as const), image }),
);
const slug = fc.stringMatching(/^[a-z0-9-]{1,20}$/);
const story = fc.record({
  slug,
  headline: hostileString,
  standfirst: hostileString,
  byline: fc.array(fc.record({ name: hostileString, role: fc.option(hostileString, { nil: undefined }) }), { maxLength: 3 }),
  publishedAt: iso,
  updatedAt: fc.option(iso, { nil: null }),
  topics: fc.array(fc.record({ slug, name: hostileString }), { maxLength: 3 }),
  hero: fc.option(image, { nil: null }),
  body: fc.array(block, { maxLength: 8 }),
  updates: fc.array(fc.record({ at: iso, text: hostileString }), { maxLength: 2 }),
});

/** Valid payloads, payloads with one field broken, and arbitrary JSON including deep nesting. */
const mutated = story.chain((valid) =>
  fc.oneof(
    fc.constant<unknown>(valid),
    fc
      .record({ key: fc.constantFrom(...Object.keys(valid)), value: fc.anything({ maxDepth: 4 }) })
      .map(({ key, value }) => ({ ...valid, [key]: value })),
    fc.jsonValue({ maxDepth: 30 }),
    fc.letrec((tie) => ({
      nest: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constant(null), fc.array(tie('nest'), { maxLength: 2 })),
    })).nest,
  ),
);

function parseOrContentError(schema: Parameters<typeof parseContent>[0], payload: unknown): 'data' | 'error' {
  try {
    parseContent(schema, payload, '/api/fuzz');
    return 'data';
  } catch (error) {
    if (error instanceof ContentError && error.kind === 'invalid-shape') return 'error';
    throw error;
  }
}

describe('content parsers under fuzzing', () => {
  it('accept every well-formed article', () => {
    fc.assert(
      fc.property(story, (payload) => {
        expect(parseOrContentError(StorySchema, payload)).toBe('data');
      }),
      { numRuns: 1000 },
    );
  });

  it('return data or a typed ContentError for mutated and hostile payloads, never anything else', () => {
    fc.assert(
      fc.property(mutated, (payload) => {
        for (const schema of [StorySchema, SummaryListSchema, PopularListSchema, FrontPageSchema]) {
          expect(['data', 'error']).toContain(parseOrContentError(schema, payload));
        }
      }),
      { numRuns: 1500 },
    );
  });
});

describe('story renderer under fuzzing', () => {
  it('never throws and never emits an unsafe link or image URL', () => {
    fc.assert(
      fc.property(story, (payload) => {
        const parsed = parseContent(StorySchema, payload, '/api/fuzz');
        const Stub = createRoutesStub([
          {
            path: '/',
            Component: () => (
              <>
                <StoryHeader {...parsed} />
                <StoryBody blocks={parsed.body} />
              </>
            ),
          },
        ]);
        const { container, unmount } = render(<Stub />);
        for (const anchor of container.querySelectorAll('a')) {
          const value = anchor.getAttribute('href') ?? '';
          expect(value).toMatch(/^(https?:\/\/|\/(?![/\\]))/i);
          if (/^https?:/i.test(value)) expect(anchor.getAttribute('rel')).toBe('noopener noreferrer');
        }
        for (const img of container.querySelectorAll('img')) {
          expect(img.getAttribute('src') ?? '').toMatch(/^(https?:\/\/|\/(?![/\\]))/i);
          for (const candidate of (img.getAttribute('srcset') ?? '').split(',').filter(Boolean)) {
            expect(candidate.trim()).toMatch(/^(https?:\/\/|\/(?![/\\]))/i);
          }
        }
        expect(container.querySelector('script, iframe, object, embed')).toBeNull();
        unmount();
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
