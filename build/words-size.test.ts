import { describe, expect, it } from 'vitest';
import { PUBLICATION_IDS } from '../src/lib/publication';
import { sentencesOf, shippedAreas, wordsBundle } from './words-size';

/** The areas of the words each route's first load carries (build/chunks.ts puts them in the route's chunks). */
const FIRST_LOAD = {
  story: ['masthead', 'errors', 'time', 'parts', 'story', 'byline', 'titles', 'tools'],
  front: ['masthead', 'errors', 'time', 'parts', 'lists'],
};

/** What a page's first load may carry of the words, gzip bytes, in every language. */
const FIRST_LOAD_LIMIT = 2048;

describe("a publication's words as pages get them", () => {
  it('are the same areas in every publication (each typed by the same interface)', () => {
    for (const id of PUBLICATION_IDS) expect(shippedAreas(id)).toEqual(shippedAreas('en'));
  });

  for (const id of PUBLICATION_IDS) {
    for (const [route, areas] of Object.entries(FIRST_LOAD)) {
      it(`${id}: a ${route} page's first load carries at most ${FIRST_LOAD_LIMIT} bytes of words (gzip)`, async () => {
        expect((await wordsBundle(id, areas)).gzipBytes).toBeLessThanOrEqual(FIRST_LOAD_LIMIT);
      });
    }
  }

  it("never carry another publication's sentences", async () => {
    const english = (await wordsBundle('en')).code;
    const arabic = (await wordsBundle('ar')).code;
    expect(sentencesOf(english).length).toBeGreaterThan(50);
    expect(sentencesOf(english).filter((sentence) => arabic.includes(sentence))).toEqual([]);
    expect(sentencesOf(arabic).filter((sentence) => english.includes(sentence))).toEqual([]);
  });
});
