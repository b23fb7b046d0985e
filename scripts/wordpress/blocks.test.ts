// The block-editor HTML the WordPress seed writes: escaped text, marks, site links, and one block per Lede block kind.
import { describe, expect, it } from 'vitest';
import {
  asTyped,
  escapeAttribute,
  escapeText,
  imageIdToken,
  imageUrlToken,
  renderBlock,
  renderStoryContent,
  siteHref,
  updateParagraph,
} from './blocks';

const HOME = 'http://127.0.0.1:8881';
const parse = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;

describe('WordPress block HTML from Lede blocks', () => {
  it('escapes text so fixture words never become markup, and types quotes straight for wptexturize', () => {
    expect(escapeText('<b>“Tom’s & Jerry’s”</b>')).toBe('&lt;b&gt;"Tom\'s &amp; Jerry\'s"&lt;/b&gt;');
    expect(escapeAttribute('a "b" & <c>')).toBe('a &quot;b&quot; &amp; &lt;c&gt;');
    expect(asTyped('‘Herald tip line’')).toBe("'Herald tip line'");
    const html = renderBlock({ type: 'paragraph', content: [{ type: 'text', text: '<script>alert(1)</script>' }] }, HOME);
    expect(parse(html).querySelector('script')).toBeNull();
    expect(parse(html).querySelector('p')?.textContent).toBe('<script>alert(1)</script>');
  });

  it('writes a paragraph as Gutenberg saves it, with emphasis, strong text and links', () => {
    const html = renderBlock(
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Read ' },
          { type: 'link', href: '/story/ferry-contract-tender', text: 'the tender', marks: ['em'] },
          { type: 'text', text: ' now', marks: ['strong', 'em'] },
        ],
      },
      HOME,
    );
    expect(html.startsWith('<!-- wp:paragraph -->\n<p>')).toBe(true);
    expect(html.endsWith('</p>\n<!-- /wp:paragraph -->')).toBe(true);
    const p = parse(html).querySelector('p');
    expect(p?.querySelector('a')?.getAttribute('href')).toBe(`${HOME}/ferry-contract-tender/`);
    expect(p?.querySelector('a em')?.textContent).toBe('the tender');
    expect(p?.querySelector('strong em')?.textContent).toBe(' now');
  });

  it('keeps links to other sites as they are, and maps fixture story links to permalinks', () => {
    expect(siteHref('https://tips.example.com', HOME)).toBe('https://tips.example.com');
    expect(siteHref('/story/harbour-bridge-reopens', HOME)).toBe(`${HOME}/harbour-bridge-reopens/`);
  });

  it('writes headings, quotes with cite, and ordered lists of list-item blocks', () => {
    expect(parse(renderBlock({ type: 'heading', text: 'Where the money goes' }, HOME)).querySelector('h2')?.textContent).toBe('Where the money goes');
    const quote = parse(renderBlock({ type: 'quote', text: 'We did it.', attribution: 'A. Person, engineer' }, HOME));
    expect(quote.querySelector('blockquote.wp-block-quote > p')?.textContent).toBe('We did it.');
    expect(quote.querySelector('blockquote > cite')?.textContent).toBe('A. Person, engineer');
    const list = renderBlock({ type: 'list', ordered: true, items: [[{ type: 'text', text: 'One' }], [{ type: 'text', text: 'Two' }]] }, HOME);
    expect(list.startsWith('<!-- wp:list {"ordered":true} -->')).toBe(true);
    expect([...parse(list).querySelectorAll('ol > li')].map((li) => li.textContent)).toEqual(['One', 'Two']);
    expect(list.match(/<!-- wp:list-item -->/g)).toHaveLength(2);
  });

  it('writes a figure whose id and URL the seeder fills in, with the caption and a credit span', () => {
    const image = {
      url: '/images/council-chamber-1600.webp',
      width: 1600,
      height: 900,
      alt: 'The chamber',
      caption: 'Councillors',
      credit: 'JONAH PELL/HERALD',
    };
    const html = renderBlock({ type: 'figure', image }, HOME);
    expect(html).toContain(`<!-- wp:image {"id":${imageIdToken('council-chamber')},"sizeSlug":"large"`);
    const figure = parse(html).querySelector('figure.wp-block-image');
    expect(figure?.querySelector('img')?.getAttribute('src')).toBe(imageUrlToken('council-chamber'));
    expect(figure?.querySelector('img')?.getAttribute('alt')).toBe('The chamber');
    expect(figure?.querySelector('figcaption')?.textContent).toBe('Councillors JONAH PELL/HERALD');
    expect(figure?.querySelector('figcaption .image-credit')?.textContent).toBe('JONAH PELL/HERALD');
  });

  it('writes an embed as a bare URL in the wrapper, never a script', () => {
    const html = renderBlock(
      {
        type: 'embed',
        author: { name: 'Harbour', handle: '@Harbour' },
        network: 'Chirp',
        text: 'Open!',
        postedAt: '2026-11-23T11:41:00Z',
        url: 'https://chirp.example/Harbour/status/1',
      },
      HOME,
    );
    expect(html.startsWith('<!-- wp:embed {"url":"https://chirp.example/Harbour/status/1"')).toBe(true);
    const figure = parse(html).querySelector('figure.wp-block-embed');
    expect(figure?.querySelector('.wp-block-embed__wrapper')?.textContent?.trim()).toBe('https://chirp.example/Harbour/status/1');
    expect(figure?.querySelector('figcaption')?.textContent).toBe('Harbour (@Harbour): Open!');
    expect(parse(html).querySelector('script, iframe')).toBeNull();
  });

  it('writes a call to action as a group around a paragraph', () => {
    const html = renderBlock({ type: 'cta', content: [{ type: 'link', href: 'https://tips.example.com', text: 'tip line' }] }, HOME);
    expect(parse(html).querySelector('div.wp-block-group.is-style-cta > p > a')?.getAttribute('href')).toBe('https://tips.example.com');
  });

  it('writes update notes in the house style, in Eastern time, before the body', () => {
    expect(parse(updateParagraph('2023-05-22T13:21:00Z', 'Updated with comment.')).querySelector('p')?.textContent).toBe(
      'Update 5/22/23 at 9:21 a.m. ET: Updated with comment.',
    );
    const content = renderStoryContent(
      {
        slug: 's',
        headline: 'h',
        byline: [],
        publishedAt: '2023-05-22T12:00:00Z',
        topics: [],
        body: [{ type: 'heading', text: 'Body' }],
        updates: [{ at: '2023-05-22T20:05:00Z', text: 'Later.' }],
      },
      HOME,
    );
    expect([...parse(content).children].map((el) => el.textContent)).toEqual(['Update 5/22/23 at 4:05 p.m. ET: Later.', 'Body']);
  });
});
