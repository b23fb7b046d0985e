import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storyScript } from '../../model/listen-script';
import { createFollower, markUtterance, placeElement, sentenceRange } from './listen-marks';

function storyArticle() {
  const article = document.createElement('article');
  // The markup StoryHeader and StoryBody render, with a link's hidden words and a changed block's label.
  article.innerHTML = `
    <header><h1 class="story-header__headline">Harbour Bridge reopens</h1><p class="story-header__standfirst">It rained. It rained.</p></header>
    <div class="story-body">
      <p><span>The bridge reopened at 6am. </span><a href="https://example.org">Crowds <em>cheered</em><span class="visually-hidden"> (opens in a new tab)</span></a><span> loudly. It rained.</span></p>
      <div class="block-change"><span class="block-change__label"><span aria-hidden="true">New</span><span class="visually-hidden">Added since your last visit:</span></span><p><span>New words.</span></p></div>
    </div>`;
  document.body.append(article);
  return article;
}

const script = storyScript(
  {
    headline: 'Harbour Bridge reopens',
    standfirst: 'It rained. It rained.',
    hero: null,
    body: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'The bridge reopened at 6am. ', marks: [] },
          { type: 'link', href: 'https://example.org', text: 'Crowds cheered', marks: [] },
          { type: 'text', text: ' loudly. It rained.', marks: [] },
        ],
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'New words.', marks: [] }] },
    ],
  },
  { lang: 'en', extras: true },
);

describe('the mark of what is read', () => {
  afterEach(() => document.body.replaceChildren());

  it('finds each sentence across inline elements, leaving out words only for assistive technology', () => {
    const article = storyArticle();
    const paragraph = placeElement(article, { part: 'body', block: 0 })!;
    // A link's hidden words inside the sentence are not looked for, but lie inside its range (they show nothing).
    const linked = sentenceRange(paragraph, script, 4)!;
    expect([linked.startContainer.textContent, linked.startOffset, linked.endContainer.textContent, linked.endOffset]).toEqual([
      'Crowds ',
      0,
      ' loudly. It rained.',
      8,
    ]);
    expect(sentenceRange(paragraph, script, 5)?.toString()).toBe('It rained.');
    expect(sentenceRange(placeElement(article, { part: 'body', block: 1 })!, script, 6)?.toString()).toBe('New words.');
  });

  it('marks a sentence said twice in a block where it is read', () => {
    const article = storyArticle();
    const standfirst = placeElement(article, { part: 'standfirst' })!;
    const first = sentenceRange(standfirst, script, 1)!;
    const second = sentenceRange(standfirst, script, 2)!;
    expect([first.startOffset, second.startOffset]).toEqual([0, 11]);
  });

  it('puts aria-current on the block being read, and takes it off', () => {
    const article = storyArticle();
    const { target, clear } = markUtterance(article, script, 3);
    const paragraph = article.querySelector('.story-body > p')!;
    expect(paragraph).toHaveAttribute('aria-current', 'true');
    // Without the CSS Custom Highlight API (jsdom), the block itself is what is followed.
    expect(target).toBe(paragraph);
    clear();
    expect(paragraph).not.toHaveAttribute('aria-current');
  });
});

/** Words on the page at `top` (px from the top of the screen), 20 px tall; `top` changes as the page scrolls. */
function at(top: number) {
  const spot = { top, getBoundingClientRect: () => ({ top: spot.top, bottom: spot.top + 20, width: 100, height: 20 }) };
  return spot as typeof spot & Element;
}

describe('following what is read', () => {
  const scrollBy = vi.fn();
  beforeEach(() => {
    vi.stubGlobal('scrollBy', scrollBy);
    vi.stubGlobal('innerHeight', 800);
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: false, media: query }));
  });
  afterEach(() => {
    scrollBy.mockReset();
    vi.unstubAllGlobals();
    delete document.documentElement.dataset.motion;
  });

  it('brings a sentence below the screen (or under the player) into view, smoothly', () => {
    const follow = createFollower(() => 200);
    follow(at(300));
    expect(scrollBy).not.toHaveBeenCalled();
    follow(at(590));
    expect(scrollBy).toHaveBeenCalledWith({ top: 590 - 800 / 3, behavior: 'smooth' });
  });

  it('does not follow once the reader has scrolled the sentence being read out of view', () => {
    const follow = createFollower(() => 0);
    const read = at(300);
    follow(read);
    // The reader scrolls on, 1,200 px further down the story.
    read.top -= 1200;
    const next = at(340 - 1200);
    follow(next);
    expect(scrollBy).not.toHaveBeenCalled();
    // Back at the sentence being read, the reader is followed again.
    next.top += 1200;
    follow(at(900));
    expect(scrollBy).toHaveBeenCalledTimes(1);
  });

  it('jumps instead of gliding when the reader asked for reduced motion, in Lede or in the system', () => {
    document.documentElement.dataset.motion = 'reduce';
    createFollower(() => 0)(at(2000));
    delete document.documentElement.dataset.motion;
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === '(prefers-reduced-motion: reduce)', media: query }));
    createFollower(() => 0)(at(2000));
    expect(scrollBy.mock.calls.map(([options]) => (options as ScrollToOptions).behavior)).toEqual(['instant', 'instant']);
  });
});
