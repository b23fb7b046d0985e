// The allow-list mapper over WordPress 6.1 content: every block kind mapped exactly, and hostile markup left harmless.
import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../../story';
import { htmlToBlocks, htmlToBlocksInSlices } from './html-to-blocks';
import { recordedPosts } from '../../../../mocks/wordpress/recorded-site';
import { HOSTILE_CONTENT, STORY_CONTENT } from '../../../../mocks/wordpress/samples';

const SITE = 'https://news.example.com';
const UPLOADS = `${SITE}/wp-content/uploads/2023/05`;
const text = (value: string, marks: Array<'em' | 'strong'> = []) => ({ type: 'text' as const, text: value, marks });
const link = (href: string, value: string) => ({ type: 'link' as const, href, text: value, marks: [] });

describe('htmlToBlocks over WordPress 6.1 block-editor output', () => {
  it('maps every block kind of a real story body', () => {
    const expected: BodyBlock[] = [
      {
        type: 'paragraph',
        content: [text('Update 5/22/23 at 9:21 a.m. ET:', ['strong']), text(' This story has been updated with comment from the harbour authority.')],
      },
      {
        type: 'paragraph',
        content: [
          text('The Alder Street bridge reopened on Monday after '),
          text('eleven weeks', ['em']),
          text(' of repairs, the council’s transport office said, and '),
          link('https://example.org/report.pdf', 'the engineers’ report'),
          text(' found no further cracks.'),
        ],
      },
      { type: 'heading', text: 'What changed' },
      {
        type: 'figure',
        image: {
          url: `${UPLOADS}/bridge-1024x683.jpg`,
          width: 1024,
          height: 683,
          alt: 'The bridge at dawn with traffic cones',
          caption: 'Crews removed the last barriers at 5 a.m.',
          credit: 'Ines Varga/Harbour Press',
          renditions: [
            { url: `${UPLOADS}/bridge-300x200.jpg`, width: 300 },
            { url: `${UPLOADS}/bridge-768x512.jpg`, width: 768 },
            { url: `${UPLOADS}/bridge-1024x683.jpg`, width: 1024 },
            { url: `${UPLOADS}/bridge.jpg`, width: 1600 },
          ],
        },
      },
      { type: 'quote', text: 'We are not done yet, but the bridge is safe.', attribution: 'Ines Varga, harbour master' },
      {
        type: 'list',
        ordered: false,
        items: [[text('Lanes reopen in both directions')], [text('The cycle path stays closed '), text('until June', ['strong'])]],
      },
      {
        type: 'list',
        ordered: true,
        items: [[text('Check the '), link('/story/ferry-timetable-changes', 'new ferry timetable')], [text('Plan for delays')]],
      },
      { type: 'embed', network: 'X', text: '', url: 'https://twitter.com/paferries/status/1660000000000000000' },
      { type: 'embed', network: 'YouTube', text: '', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
      { type: 'paragraph', content: [text('Drone footage of the reopening')] },
      { type: 'cta', content: [text('Do you have a tip about the bridge? Let us know via '), link(`${SITE}/tips/`, 'our tip line'), text('.')] },
      { type: 'paragraph', content: [text('UPDATE: The cycle path reopening date has been confirmed.')] },
    ];
    expect(htmlToBlocks(STORY_CONTENT, { siteUrl: SITE })).toEqual(expected);
  });

  it('resolves relative links and photos against the site, never the app', () => {
    const html =
      '<p>See <a href="about/">this</a> and <a href="/tips/">that</a>.</p>' +
      '<figure class="wp-block-image"><img src="/wp-content/uploads/a-1024x683.jpg" srcset="/wp-content/uploads/a-300x200.jpg 300w, a-1024x683.jpg 1024w" alt="A"></figure>';
    expect(htmlToBlocks(html, { siteUrl: `${SITE}/news/` })).toEqual([
      { type: 'paragraph', content: [text('See '), link(`${SITE}/news/about/`, 'this'), text(' and '), link(`${SITE}/tips/`, 'that'), text('.')] },
      {
        type: 'figure',
        image: {
          url: `${SITE}/wp-content/uploads/a-1024x683.jpg`,
          width: 1024,
          height: 683,
          alt: 'A',
          renditions: [
            { url: `${SITE}/wp-content/uploads/a-300x200.jpg`, width: 300 },
            { url: `${SITE}/news/a-1024x683.jpg`, width: 1024 },
          ],
        },
      },
    ]);
  });

  it('separates words at block elements inside inline content, and nowhere else', () => {
    const html = '<ul><li>Lanes<section>reopen</section><div>today</div></li></ul><p>As <cite>The Herald</cite>, and <b>bold</b>ly.</p>';
    expect(htmlToBlocks(html, { siteUrl: SITE })).toEqual([
      { type: 'list', ordered: false, items: [[text('Lanes reopen today')]] },
      { type: 'paragraph', content: [text('As The Herald, and '), text('bold', ['strong']), text('ly.')] },
    ]);
    expect(htmlToBlocks('<h2>The <cite>Herald</cite>’s view<section>today</section></h2>', { siteUrl: SITE })).toEqual([
      { type: 'heading', text: 'The Herald’s view today' },
    ]);
  });

  it('maps a pull quote, a gallery, the classic editor photo and [caption]', () => {
    const html = `
<figure class="wp-block-pullquote"><blockquote><p>It was the longest winter.</p><cite>— A ferry captain</cite></blockquote></figure>
<figure class="wp-block-gallery has-nested-images columns-default is-cropped">
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="768" data-id="20" src="${UPLOADS}/a-1024x768.jpg" alt="First" class="wp-image-20"/></figure>
<figure class="wp-block-image size-large"><img decoding="async" width="800" height="600" data-id="21" src="${UPLOADS}/b.jpg" alt="Second" class="wp-image-21"/><figcaption class="wp-element-caption">The second photo (Photo by Ada Moss)</figcaption></figure>
</figure>
<p><a href="${UPLOADS}/c.jpg"><img class="aligncenter size-medium wp-image-22" src="${UPLOADS}/c-300x200.jpg" alt="Third" width="300" height="200" /></a></p>
<div id="attachment_23" class="wp-caption alignnone"><img src="${UPLOADS}/d-640x480.jpg" alt="Fourth" /><p class="wp-caption-text">Harbour at night. JANE DOE/PORT PRESS</p></div>`;
    expect(htmlToBlocks(html, { siteUrl: SITE })).toEqual([
      { type: 'quote', text: 'It was the longest winter.', attribution: 'A ferry captain' },
      { type: 'figure', image: { url: `${UPLOADS}/a-1024x768.jpg`, width: 1024, height: 768, alt: 'First', renditions: [] } },
      {
        type: 'figure',
        image: { url: `${UPLOADS}/b.jpg`, width: 800, height: 600, alt: 'Second', caption: 'The second photo', credit: 'Ada Moss', renditions: [] },
      },
      { type: 'figure', image: { url: `${UPLOADS}/c-300x200.jpg`, width: 300, height: 200, alt: 'Third', renditions: [] } },
      {
        type: 'figure',
        image: {
          url: `${UPLOADS}/d-640x480.jpg`,
          width: 640,
          height: 480,
          alt: 'Fourth',
          caption: 'Harbour at night.',
          credit: 'JANE DOE/PORT PRESS',
          renditions: [],
        },
      },
    ]);
  });

  it('reads a credit marked up inside the caption, and a lazy-loaded image', () => {
    const html = `<figure class="wp-block-image"><img src="data:image/gif;base64,R0lGOD" data-lazy-src="${UPLOADS}/e.jpg" width="1200" height="800" alt="Fifth"/><figcaption>Boats in the fog <span class="credit">Leo Park</span></figcaption></figure>`;
    expect(htmlToBlocks(html, { siteUrl: SITE })).toEqual([
      {
        type: 'figure',
        image: { url: `${UPLOADS}/e.jpg`, width: 1200, height: 800, alt: 'Fifth', caption: 'Boats in the fog', credit: 'Leo Park', renditions: [] },
      },
    ]);
  });

  it('keeps the caption of a photo it cannot size or load, as a paragraph', () => {
    const html =
      '<figure class="wp-block-image"><img src="javascript:alert(1)" width="10" height="10" alt=""><figcaption>Words that stay</figcaption></figure><figure><img src="https://cdn.example/x.jpg" alt="no size"></figure>';
    expect(htmlToBlocks(html, { siteUrl: SITE })).toEqual([{ type: 'paragraph', content: [text('Words that stay')] }]);
  });

  it('turns a fetched oEmbed (blockquote and script) into a card with the post text, never the script', () => {
    const html = `<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">
<blockquote class="twitter-tweet" data-width="550" data-dnt="true"><p lang="en" dir="ltr">Ferries resume at 6 a.m. <a href="https://t.co/abc">pic.twitter.com/abc</a></p>&mdash; Port Alder Ferries (@paferries) <a href="https://twitter.com/paferries/status/1660000000000000001?ref_src=twsrc%5Etfw">May 22, 2023</a></blockquote><script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
</div></figure>
<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper"><iframe title="Reopening" width="500" height="281" src="https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed" allowfullscreen></iframe></div></figure>
<figure class="wp-block-embed is-type-rich"><div class="wp-block-embed__wrapper">https://mastodon.example/@harbour/110000000000000000</div></figure>
<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">https://bsky.app/profile/paferries.bsky.social/post/3jzabc</div></figure>
<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">https://www.example.net/some/post</div></figure>
<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">javascript:alert(1)</div></figure>`;
    expect(htmlToBlocks(html, { siteUrl: SITE })).toEqual([
      {
        type: 'embed',
        network: 'X',
        text: 'Ferries resume at 6 a.m. pic.twitter.com/abc',
        url: 'https://twitter.com/paferries/status/1660000000000000001?ref_src=twsrc%5Etfw',
      },
      { type: 'embed', network: 'YouTube', text: '', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
      { type: 'embed', network: 'Mastodon', text: '', url: 'https://mastodon.example/@harbour/110000000000000000' },
      { type: 'embed', network: 'Bluesky', text: '', url: 'https://bsky.app/profile/paferries.bsky.social/post/3jzabc' },
      { type: 'embed', network: 'example.net', text: '', url: 'https://www.example.net/some/post' },
    ]);
  });

  it('recognises a call to action by its class on a paragraph or a group', () => {
    const html =
      '<p class="lede-cta">Tips? <a href="mailto:tips@example.com">Email us</a></p><div class="wp-block-group is-style-cta"><p>Call 555-0100.</p><p>Or <strong>write</strong>.</p></div>';
    expect(htmlToBlocks(html, { siteUrl: SITE })).toEqual([
      { type: 'cta', content: [text('Tips? Email us')] },
      { type: 'cta', content: [text('Call 555-0100. Or '), text('write', ['strong']), text('.')] },
    ]);
  });

  it('flattens nested lists and reads tables, columns and preformatted text as plain paragraphs', () => {
    const html = `<ul><li>One<ul><li>One a</li></ul></li><li>Two</li></ul>
<div class="wp-block-columns"><div class="wp-block-column"><p>Left</p></div><div class="wp-block-column"><p>Right</p></div></div>
<figure class="wp-block-table"><table><tbody><tr><td>Route</td><td>Delay</td></tr></tbody></table></figure>
<pre class="wp-block-preformatted">line one
line two</pre><hr class="wp-block-separator"/>`;
    expect(htmlToBlocks(html, { siteUrl: SITE })).toEqual([
      { type: 'list', ordered: false, items: [[text('One')], [text('One a')], [text('Two')]] },
      { type: 'paragraph', content: [text('Left')] },
      { type: 'paragraph', content: [text('Right')] },
      { type: 'paragraph', content: [text('Route')] },
      { type: 'paragraph', content: [text('Delay')] },
      { type: 'paragraph', content: [text('line one line two')] },
    ]);
  });

  it('gives nothing for empty or whitespace-only content', () => {
    expect(htmlToBlocks('', { siteUrl: SITE })).toEqual([]);
    expect(htmlToBlocks('\n\n\n<p> </p>\n<p>&nbsp;</p>'.replace('&nbsp;', ''), { siteUrl: SITE })).toEqual([]);
  });
});

describe('htmlToBlocks over hostile markup', () => {
  it('keeps only the words: no script, style, iframe, svg, form, handlers or unsafe links', () => {
    expect(htmlToBlocks(HOSTILE_CONTENT, { siteUrl: SITE })).toEqual([
      { type: 'paragraph', content: [text('Click here or there or data or tab.')] },
      { type: 'paragraph', content: [text('Beforeafter')] },
      // The HTML parser closes the unclosed tags and carries the open emphasis into the next paragraph, as a browser does.
      { type: 'paragraph', content: [text('Unclosed '), text('emphasis ', ['em']), text('and strong', ['em', 'strong'])] },
      { type: 'paragraph', content: [text('next paragraph', ['em', 'strong'])] },
      { type: 'paragraph', content: [link('https://example.com/ok', 'safe link text')] },
      { type: 'paragraph', content: [text('protocol relative')] },
    ]);
  });

  it('never runs anything while parsing', () => {
    const before = document.body.innerHTML;
    const calls: string[] = [];
    (globalThis as { ledeProbe?: (x: string) => void }).ledeProbe = (x) => calls.push(x);
    htmlToBlocks(
      '<script>ledeProbe("script")</script><img src="x" onerror="ledeProbe(\'img\')"><svg onload="ledeProbe(\'svg\')"></svg><p onmouseover="ledeProbe(\'p\')">x</p>',
      { siteUrl: SITE },
    );
    expect(calls).toEqual([]);
    expect(document.body.innerHTML).toBe(before);
    delete (globalThis as { ledeProbe?: unknown }).ledeProbe;
  });

  it('survives very deep nesting, reading what is too deep as plain text', () => {
    const depth = 2_000;
    const blocks = htmlToBlocks(`${'<div>'.repeat(depth)}<p>deep <em>words</em><script>x()</script></p>${'</div>'.repeat(depth)}`, { siteUrl: SITE });
    expect(blocks).toEqual([{ type: 'paragraph', content: [text('deep words')] }]);
    const inline = htmlToBlocks(`<p>${'<em><strong>'.repeat(1_000)}inner${'</strong></em>'.repeat(1_000)}</p>`, { siteUrl: SITE });
    expect(inline).toEqual([{ type: 'paragraph', content: [text('inner', ['em', 'strong'])] }]);
  });

  it('maps a huge body completely', () => {
    const paragraph = '<p>A <em>long</em> story with <a href="https://example.com/x">a link</a>.</p>\n';
    const blocks = htmlToBlocks(paragraph.repeat(10_000), { siteUrl: SITE });
    expect(blocks).toHaveLength(10_000);
    expect(blocks[9_999]).toEqual({
      type: 'paragraph',
      content: [text('A '), text('long', ['em']), text(' story with '), link('https://example.com/x', 'a link'), text('.')],
    });
  });
});

describe('htmlToBlocksInSlices', () => {
  it('maps every recorded post and the hostile samples to exactly the blocks htmlToBlocks gives', async () => {
    const bodies = [STORY_CONTENT, HOSTILE_CONTENT, ...recordedPosts().map((post) => post.content.rendered)];
    for (const html of bodies) {
      await expect(htmlToBlocksInSlices(html, { siteUrl: SITE })).resolves.toEqual(htmlToBlocks(html, { siteUrl: SITE }));
    }
  });
});
