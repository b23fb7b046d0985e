// WordPress's content.rendered as Lede body blocks, through an allow-list: known structure maps, the rest is text or dropped.
import type { BodyBlock, Inline } from '../../story';
import { runInSlices } from '../../../lib/slices';
import { embedFromFigure, isEmbedFigure } from './embeds';
import { imageFromImg } from './figures';
import { DROPPED_TAGS, childrenOf, hasClass, isElement, isText, parseInertHtml, plainText, tagOf } from './inert-html';
import { inlineRuns, type InlineOptions } from './inline-runs';

export type BodyMappingOptions = InlineOptions;

/** Containers nested deeper than this are read as plain text: no recursion without bound on hostile markup. */
const MAX_BLOCK_DEPTH = 24;

/** Elements that flow inside a paragraph; consecutive ones outside any paragraph are gathered into one. */
const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  'label',
  'big',
]);

/** Class names a newsroom gives a Paragraph or Group block to mark it as a call to action (docs/wordpress.md). */
const CTA_CLASS = /(?:^|\s)(?:lede-cta|is-style-lede-cta|is-style-cta)(?:\s|$)/;

const isCallToAction = (element: Element) => CTA_CLASS.test(element.getAttribute('class') ?? '');

/** True when an inline-looking element holds block structure (hostile or broken markup: `<span><p>…</p></span>`). */
const holdsBlocks = (element: Element) => element.querySelector('p, div, ul, ol, blockquote, figure, h1, h2, h3, h4, h5, h6, img, table') !== null;

function paragraph(nodes: Iterable<Node>, options: BodyMappingOptions, out: BodyBlock[]): void {
  const content = inlineRuns(nodes, options);
  if (content.length > 0) out.push({ type: 'paragraph', content });
}

function figureFromImg(img: Element, figcaption: Element | null, options: BodyMappingOptions, out: BodyBlock[]): void {
  const image = imageFromImg(img, figcaption, options.siteUrl);
  if (image) out.push({ type: 'figure', image });
  // A photo Lede cannot show still keeps its caption's words.
  else if (figcaption) paragraph(childrenOf(figcaption), options, out);
}

function quote(blockquote: Element, out: BodyBlock[]): void {
  const copy = blockquote.cloneNode(true) as Element;
  const cites = Array.from(copy.querySelectorAll('cite'));
  const attribution = cites
    .map((cite) => plainText(cite))
    .filter(Boolean)
    .join(' ')
    .replace(/^[\s—–-]+/, '');
  for (const cite of cites) cite.remove();
  const text = plainText(copy);
  if (text) out.push(attribution ? { type: 'quote', text, attribution } : { type: 'quote', text });
}

function list(element: Element, options: BodyMappingOptions, out: BodyBlock[]): void {
  const items: Inline[][] = [];
  // Lede's lists are flat: a nested list's items follow the item that holds them.
  const addItems = (listElement: Element, depth: number) => {
    for (const child of Array.from(listElement.children)) {
      if (DROPPED_TAGS.has(tagOf(child))) continue;
      const nested = Array.from(child.children).filter((grandchild) => ['ul', 'ol'].includes(tagOf(grandchild)));
      const own = Array.from(childrenOf(child)).filter((node) => !nested.includes(node as Element));
      const runs = inlineRuns(own, options);
      if (runs.length > 0) items.push(runs);
      for (const inner of nested) if (depth < MAX_BLOCK_DEPTH) addItems(inner, depth + 1);
    }
  };
  addItems(element, 0);
  if (items.length > 0) out.push({ type: 'list', ordered: tagOf(element) === 'ol', items });
}

function figure(element: Element, depth: number, options: BodyMappingOptions, out: BodyBlock[]): void {
  if (isEmbedFigure(element)) {
    const { embed, caption } = embedFromFigure(element, options);
    if (embed) out.push(embed);
    if (caption.length > 0) out.push({ type: 'paragraph', content: caption });
    return;
  }
  const blockquote = element.querySelector('blockquote');
  if (blockquote) return quote(blockquote, out); // pull quotes: figure.wp-block-pullquote > blockquote
  const img = element.querySelector('img');
  const innerFigure = element.querySelector('figure');
  if (img && !innerFigure) {
    const figcaption = Array.from(element.children).find((child) => tagOf(child) === 'figcaption') ?? null;
    return figureFromImg(img, figcaption, options, out);
  }
  blocksFrom(element, depth + 1, options, out); // galleries (figures in a figure), tables, media players' captions
}

function block(element: Element, depth: number, options: BodyMappingOptions, out: BodyBlock[]): void {
  const tag = tagOf(element);
  if (depth >= MAX_BLOCK_DEPTH) {
    const text = plainText(element);
    if (text) out.push({ type: 'paragraph', content: [{ type: 'text', text, marks: [] }] });
    return;
  }
  if (isCallToAction(element)) {
    const content = inlineRuns(childrenOf(element), options);
    if (content.length > 0) out.push({ type: 'cta', content });
    return;
  }
  switch (tag) {
    case 'p': {
      const images = Array.from(element.getElementsByTagName('img'));
      // The classic editor's photo is a paragraph holding only an <img> (often inside a link to the full size).
      if (images.length > 0 && plainText(element) === '') for (const img of images) figureFromImg(img, null, options, out);
      else paragraph(childrenOf(element), options, out);
      return;
    }
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6': {
      const text = plainText(element);
      if (text) out.push({ type: 'heading', text });
      return;
    }
    case 'blockquote':
      return quote(element, out);
    case 'ul':
    case 'ol':
      return list(element, options, out);
    case 'figure':
      return figure(element, depth, options, out);
    case 'img':
      return figureFromImg(element, null, options, out);
    case 'pre':
      return paragraph([element.ownerDocument.createTextNode(plainText(element))], options, out);
    case 'hr':
      return;
    default:
      // The classic editor's [caption]: div.wp-caption > img + p.wp-caption-text.
      if (hasClass(element, 'wp-caption') && element.querySelector('img')) {
        return figureFromImg(element.querySelector('img') as Element, element.querySelector('.wp-caption-text'), options, out);
      }
      // Groups, columns, tables, sections and unknown elements: their children, block by block.
      return blocksFrom(element, depth + 1, options, out);
  }
}

/** Maps the children of `container` into `out`, pausing after each block it adds (see htmlToBlocksInSlices). */
function* blockSteps(container: Element, depth: number, options: BodyMappingOptions, out: BodyBlock[]): Generator<void> {
  let loose: Node[] = [];
  const flush = () => {
    if (loose.length > 0) paragraph(loose, options, out);
    loose = [];
  };
  for (const node of childrenOf(container)) {
    if (isText(node)) {
      loose.push(node);
      continue;
    }
    if (!isElement(node)) continue; // comments, processing instructions
    const element = node as Element;
    const tag = tagOf(element);
    if (DROPPED_TAGS.has(tag)) continue;
    if (INLINE_TAGS.has(tag) && !isCallToAction(element) && !holdsBlocks(element)) {
      loose.push(element);
      continue;
    }
    flush();
    block(element, depth, options, out);
    yield;
  }
  flush();
}

function blocksFrom(container: Element, depth: number, options: BodyMappingOptions, out: BodyBlock[]): void {
  const steps = blockSteps(container, depth, options, out);
  while (!steps.next().done);
}

/** Lede body blocks from WordPress's `content.rendered`. Never throws on any string; never keeps markup or scripts. */
export function htmlToBlocks(html: string, options: BodyMappingOptions): BodyBlock[] {
  const out: BodyBlock[] = [];
  blocksFrom(parseInertHtml(html), 0, options, out);
  return out;
}

/** The same blocks as htmlToBlocks, mapped in slices of a few milliseconds between top-level blocks (src/lib/slices.ts). */
export async function htmlToBlocksInSlices(html: string, options: BodyMappingOptions): Promise<BodyBlock[]> {
  const out: BodyBlock[] = [];
  await runInSlices(blockSteps(parseInertHtml(html), 0, options, out));
  return out;
}
