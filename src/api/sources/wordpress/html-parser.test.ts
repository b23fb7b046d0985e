// The render server's HTML parser (html-parser.server.ts) against the browser's (html-parser.ts): the same tree and the
// same stories from every recorded post and from hostile markup, with no DOM global needed on the server's side.
import * as fc from 'fast-check';
import * as v from 'valibot';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { GENERATED_EXCERPT_POSTS } from '../../../../mocks/wordpress/generated-excerpts';
import { recordedPosts } from '../../../../mocks/wordpress/recorded-site';
import { HOSTILE_CONTENT, STORY_CONTENT, samplePost } from '../../../../mocks/wordpress/samples';
import * as browserParser from './html-parser';
import * as serverParser from './html-parser.server';
import * as browserMapper from './html-to-blocks';
import { WordPressPostSchema, type WordPressPost } from './schemas';
import * as browserStory from './to-story';

const OPTIONS = { siteUrl: 'https://news.example.com', timeZone: 'America/New_York' };

/** Markup whose tree only the HTML standard's tree construction gets right: misnesting, tables, foreign content. */
const TREE_CASES = [
  '<b><i>misnested</b> formatting</i> <p><em>and <strong>strong</p>next paragraph</em>',
  '<table><p>fostered</p><tr><td>cell</table>',
  '<p><table><tr><td>quirks: the table stays in the paragraph</td></tr></table></p>',
  '<a href="/a">outer<a href="/b">inner</a></a>',
  '<h2>heading<h3>nested heading</h3>',
  '<svg><p>leaves svg</svg><math><mi>x</mi><b>leaves math</b></math>',
  '<svg><foreignObject><p>inside</p></foreignObject><desc>d</desc></svg>',
  '<select><p>in a select</select>after',
  '<noscript><p>markup, as DOMParser reads it</p></noscript>',
  '<template><p>content</p></template>after template',
  '<html><body class="x"><p>a body in the body</p></body></html><p>after html</p>',
  '<head><p>in head</p>',
  '<frameset><frame></frameset>',
  '<pre>\nleading newline</pre><textarea>\nkept</textarea>',
  '<ul><li>one<li>two<ul><li>nested</ul>tail</ul>',
  '<A<script>alert(1)<p a"b=1 =x 1=2>odd names</p>',
  '&amp &copy; &notin; &notit; &#x80; &#0; &#8217;&nbsp;',
  '<p>a<!-- comment -->b<![CDATA[c]]>d<?pi?>e',
];

const MATHML = 'http://www.w3.org/1998/Math/MathML';
const HTML = 'http://www.w3.org/1999/xhtml';

/** The tree under `root` as lines (type, namespace, name, attributes by name, text), walked without recursion. */
function treeOf(root: Node): string[] {
  const lines: string[] = [];
  const pending: Array<[Node, number]> = [[root, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, depth] = next;
    const indent = ' '.repeat(depth);
    if (node.nodeType === 1) {
      const element = node as Element;
      // Attribute order is not the mapper's to read (it asks by name), and DOMs keep it differently.
      const attributes = Array.from(element.attributes, (attribute) => `${attribute.name}=${JSON.stringify(attribute.value)}`).sort();
      // linkedom has SVG elements but no MathML ones (it makes them HTML elements); the mapper drops <math> whole, by name.
      const namespace = element.namespaceURI === MATHML ? HTML : element.namespaceURI;
      lines.push(`${indent}<${namespace} ${element.localName} ${attributes.join(' ')}>`);
    } else lines.push(`${indent}${node.nodeType} ${JSON.stringify(node.nodeValue)}`);
    const children: Node[] = [];
    for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
    for (const child of children.reverse()) pending.push([child, depth + 1]);
  }
  return lines;
}

const posts = (): WordPressPost[] => [
  ...recordedPosts().map((post) => v.parse(WordPressPostSchema, post)),
  v.parse(WordPressPostSchema, samplePost()),
  ...GENERATED_EXCERPT_POSTS.map(({ content, excerpt }) => v.parse(WordPressPostSchema, samplePost({ content, excerpt }))),
];

/** The mapper's modules again, over the server's parser (a second copy of them: the static imports keep the browser's). */
async function mapperOverServerParser() {
  vi.resetModules();
  vi.doMock('./html-parser', () => import('./html-parser.server'));
  const mapper = { ...(await import('./html-to-blocks')), ...(await import('./to-story')) };
  vi.doUnmock('./html-parser');
  return mapper;
}
let serverMapper: Awaited<ReturnType<typeof mapperOverServerParser>>;
beforeAll(async () => {
  serverMapper = await mapperOverServerParser();
});
afterEach(() => vi.unstubAllGlobals());

describe("the server's HTML parser", () => {
  it("builds the browser's tree from every recorded post, the samples and markup only the standard's parser gets right", () => {
    const inputs = [...posts().map((post) => post.content.rendered), STORY_CONTENT, HOSTILE_CONTENT, ...TREE_CASES];
    for (const html of inputs) expect(treeOf(serverParser.parseHtmlBody(html)), html).toEqual(treeOf(browserParser.parseHtmlBody(html)));
  });

  it('maps every recorded post to the story and card the browser maps it to', () => {
    for (const post of posts()) {
      expect(serverMapper.storyFromPost(post, OPTIONS), post.slug).toEqual(browserStory.storyFromPost(post, OPTIONS));
      expect(serverMapper.summaryFromPost(post, OPTIONS), post.slug).toEqual(browserStory.summaryFromPost(post, OPTIONS));
    }
  });

  it('maps hostile markup to the blocks the browser maps it to', () => {
    for (const html of [HOSTILE_CONTENT, ...TREE_CASES])
      expect(serverMapper.htmlToBlocks(html, OPTIONS), html).toEqual(browserMapper.htmlToBlocks(html, OPTIONS));
    const soup = fc.array(
      fc.oneof(fc.constantFrom(...TREE_CASES, '<p>', '</p>', '<em>', '</b>', '<li>', '<figure>', '<img src="/a.jpg">'), fc.string({ maxLength: 8 })),
      {
        maxLength: 30,
      },
    );
    fc.assert(
      fc.property(soup, (parts) => {
        const html = parts.join('');
        expect(serverMapper.htmlToBlocks(html, OPTIONS)).toEqual(browserMapper.htmlToBlocks(html, OPTIONS));
      }),
      { numRuns: 200 },
    );
  });

  it('maps posts with no DOM global at all, as on Node', () => {
    const expected = posts().map((post) => browserStory.storyFromPost(post, OPTIONS));
    for (const name of ['DOMParser', 'Node', 'NodeFilter', 'Element', 'HTMLElement', 'Text', 'document']) vi.stubGlobal(name, undefined);
    const mapped = posts().map((post) => serverMapper.storyFromPost(post, OPTIONS));
    vi.unstubAllGlobals();
    expect(mapped).toEqual(expected);
  });
});
