// WordPress embed blocks as Lede embed cards: the post's address and its network, never the network's script or iframe.
import type { BodyBlock, Inline } from '../../story';
import { inlineRuns, type InlineOptions } from './inline-runs';
import { childrenOf, hasClass, plainText } from './inert-html';
import { ledeHref } from './links';

type EmbedBlock = Extract<BodyBlock, { type: 'embed' }>;

/** Hosts (and their subdomains) of the networks readers know by name. */
const NETWORKS: ReadonlyArray<[RegExp, string]> = [
  [/(^|\.)(twitter\.com|x\.com)$/, 'X'],
  [/(^|\.)bsky\.app$/, 'Bluesky'],
  [/(^|\.)(youtube\.com|youtu\.be|youtube-nocookie\.com)$/, 'YouTube'],
  [/(^|\.)instagram\.com$/, 'Instagram'],
  [/(^|\.)(facebook\.com|fb\.watch)$/, 'Facebook'],
  [/(^|\.)tiktok\.com$/, 'TikTok'],
  [/(^|\.)threads\.(net|com)$/, 'Threads'],
  [/(^|\.)vimeo\.com$/, 'Vimeo'],
  [/(^|\.)reddit\.com$/, 'Reddit'],
  [/(^|\.)linkedin\.com$/, 'LinkedIn'],
  [/(^|\.)soundcloud\.com$/, 'SoundCloud'],
  [/(^|\.)spotify\.com$/, 'Spotify'],
];

/** The network a post's address belongs to: a known name, "Mastodon" for fediverse-style addresses, else the host. */
export function networkFromUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'the web';
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const known = NETWORKS.find(([pattern]) => pattern.test(host));
  if (known) return known[1];
  // Mastodon and compatible servers address posts as https://server/@user/123456.
  if (/^\/@[\w.-]+(@[\w.-]+)?\/\d+\/?$/.test(parsed.pathname) || /(^|\.)mastodon\./.test(host)) return 'Mastodon';
  return host;
}

/** An embedded player's address as the page readers can open (YouTube's /embed/ID is /watch?v=ID). */
function openableUrl(url: string): string {
  const match = /^https:\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([\w-]{6,20})/.exec(url);
  return match ? `https://www.youtube.com/watch?v=${match[1]}` : url;
}

function isHttpUrl(text: string): boolean {
  return /^https?:\/\/\S+$/i.test(text);
}

/**
 * The embedded post's address: the bare URL WordPress leaves in the wrapper when it did not (or could not) fetch
 * the oEmbed, else the address inside the network's own markup (its blockquote's cite or link, its iframe's src).
 */
function embedAddress(wrapper: Element, siteUrl: string): string | null {
  const text = plainText(wrapper);
  const candidates = [
    isHttpUrl(text) ? text : null,
    wrapper.querySelector('blockquote[cite]')?.getAttribute('cite'),
    wrapper.querySelector('blockquote[data-instgrm-permalink]')?.getAttribute('data-instgrm-permalink'),
    Array.from(wrapper.querySelectorAll('blockquote a[href]')).at(-1)?.getAttribute('href'),
    wrapper.querySelector('iframe[src]')?.getAttribute('src'),
  ];
  for (const candidate of candidates) {
    // Absolute addresses out only: the site's own links and relative ones are not embeds.
    const href = candidate && isHttpUrl(candidate.trim()) ? ledeHref(candidate, siteUrl) : null;
    if (href && /^https?:\/\//i.test(href)) return openableUrl(href);
  }
  return null;
}

/**
 * An embed figure (`figure.wp-block-embed`) as Lede's embed card, plus its figcaption as inline runs (the
 * editor's own words about the post, shown as a paragraph after it). Null when no safe address is found.
 */
export function embedFromFigure(figure: Element, options: InlineOptions): { embed: EmbedBlock | null; caption: Inline[] } {
  const wrapper = figure.querySelector('.wp-block-embed__wrapper') ?? figure;
  const figcaption = Array.from(figure.children).find((child) => child.localName === 'figcaption');
  const caption = figcaption ? inlineRuns(childrenOf(figcaption), options) : [];
  const url = embedAddress(wrapper, options.siteUrl);
  if (!url) return { embed: null, caption };
  // When WordPress did fetch the oEmbed (X, Instagram, TikTok, Bluesky use a blockquote), its paragraphs are the post.
  const quoted = Array.from(wrapper.querySelectorAll('blockquote p'))
    .map((p) => plainText(p))
    .filter(Boolean)
    .join(' ');
  const embed: EmbedBlock = { type: 'embed', network: networkFromUrl(url), text: quoted, url };
  return { embed, caption };
}

/** True for WordPress's embed block figure (any provider). */
export function isEmbedFigure(element: Element): boolean {
  return hasClass(element, 'wp-block-embed') || Array.from(element.classList).some((name) => name.startsWith('wp-block-embed-'));
}
