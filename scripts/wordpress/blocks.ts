// Renders a Lede fixture story's body as WordPress 6.1 block-editor HTML (what Gutenberg saves in post_content).
import type { StoryInput, BodyBlockInput } from '../../src/api/story';
import type { ImageInput } from '../../src/api/image';
import { formatPublicationTime } from '../../src/lib/dates';

type InlineInput = Extract<BodyBlockInput, { type: 'paragraph' }>['content'][number];

/** Where a photo's attachment id and its "large" URL go; the PHP seeder fills them in once the media exists. */
export const imageIdToken = (photoId: string) => `{{lede:image-id:${photoId}}}`;
export const imageUrlToken = (photoId: string) => `{{lede:image-url:${photoId}}}`;

/** The photo id ("council-chamber") behind a fixture image URL ("/images/council-chamber-1600.webp"). */
export function photoIdOf(image: ImageInput): string {
  const match = /^\/images\/([a-z0-9-]+)-\d+\.webp$/.exec(image.url);
  if (!match?.[1]) throw new Error(`Not a generated fixture photo: ${image.url}`);
  return match[1];
}

/**
 * Text as an editor types it: straight quotes, which WordPress's wptexturize turns back into curly ones on output,
 * as entities (`Council&#8217;s`), the way real sites' REST answers carry them.
 */
export function asTyped(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
}

/** Escapes text for an HTML text node (quotes stay literal, as Gutenberg saves them). */
export function escapeText(text: string): string {
  return asTyped(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Links to other fixture stories (`/story/slug`) become the WordPress site's own permalinks, as an editor's links would be. */
export function siteHref(href: string, home: string): string {
  const story = /^\/story\/([a-z0-9-]+)$/.exec(href);
  return story ? `${home}/${story[1]}/` : href;
}

function renderInline(run: InlineInput, home: string): string {
  let html = escapeText(run.text);
  const marks = run.marks ?? [];
  if (marks.includes('em')) html = `<em>${html}</em>`;
  if (marks.includes('strong')) html = `<strong>${html}</strong>`;
  if (run.type === 'link') html = `<a href="${escapeAttribute(siteHref(run.href, home))}">${html}</a>`;
  return html;
}

const inlines = (content: InlineInput[], home: string) => content.map((run) => renderInline(run, home)).join('');

const block = (name: string, html: string, attrs?: Record<string, unknown>) =>
  `<!-- wp:${name}${attrs ? ` ${JSON.stringify(attrs)}` : ''} -->\n${html}\n<!-- /wp:${name} -->`;

export const paragraphBlock = (html: string) => block('paragraph', `<p>${html}</p>`);

/** An image block as Gutenberg saves it; WordPress adds srcset, sizes, width and height when it renders the post. */
export function imageBlock(image: ImageInput): string {
  const id = photoIdOf(image);
  const credit = image.credit ? ` <span class="image-credit">${escapeText(image.credit)}</span>` : '';
  const caption =
    image.caption || image.credit ? `<figcaption class="wp-element-caption">${escapeText(image.caption ?? '')}${credit}</figcaption>` : '';
  return (
    `<!-- wp:image {"id":${imageIdToken(id)},"sizeSlug":"large","linkDestination":"none"} -->\n` +
    `<figure class="wp-block-image size-large"><img src="${imageUrlToken(id)}" alt="${escapeAttribute(image.alt)}" class="wp-image-${imageIdToken(id)}"/>${caption}</figure>\n` +
    '<!-- /wp:image -->'
  );
}

function embedBlock(embed: Extract<BodyBlockInput, { type: 'embed' }>): string {
  const provider = new URL(embed.url).hostname.split('.')[0] ?? 'embed';
  const who = embed.author ? `${embed.author.name} (${embed.author.handle}): ` : '';
  const caption = `<figcaption class="wp-element-caption">${escapeText(`${who}${embed.text ?? ''}`)}</figcaption>`;
  return block(
    'embed',
    `<figure class="wp-block-embed is-type-rich is-provider-${provider} wp-block-embed-${provider}"><div class="wp-block-embed__wrapper">\n${escapeText(embed.url)}\n</div>${caption}</figure>`,
    { url: embed.url, type: 'rich', providerNameSlug: provider, responsive: true },
  );
}

export function renderBlock(body: BodyBlockInput, home: string): string {
  switch (body.type) {
    case 'paragraph':
      return paragraphBlock(inlines(body.content, home));
    case 'heading':
      return block('heading', `<h2>${escapeText(body.text)}</h2>`);
    case 'quote': {
      const cite = body.attribution ? `<cite>${escapeText(body.attribution)}</cite>` : '';
      return block('quote', `<blockquote class="wp-block-quote">${paragraphBlock(escapeText(body.text))}${cite}</blockquote>`);
    }
    case 'list': {
      const tag = body.ordered ? 'ol' : 'ul';
      const items = body.items.map((item) => block('list-item', `<li>${inlines(item, home)}</li>`)).join('\n\n');
      return block('list', `<${tag}>${items}</${tag}>`, body.ordered ? { ordered: true } : undefined);
    }
    case 'figure':
      return imageBlock(body.image);
    case 'embed':
      return embedBlock(body);
    case 'cta':
      // Core has no call-to-action block: newsrooms use a styled group around a paragraph.
      return block('group', `<div class="wp-block-group is-style-cta">${paragraphBlock(inlines(body.content, home))}</div>`, {
        className: 'is-style-cta',
      });
    default: {
      const unknown: never = body;
      throw new Error(`No WordPress block for ${JSON.stringify(unknown)}`);
    }
  }
}

/** "Update 5/22/23 at 9:21 a.m. ET:" notes, the way newsrooms type them at the top of an updated story. */
export function updateParagraph(at: string, text: string): string {
  return paragraphBlock(`<strong>Update ${formatPublicationTime(at, 'America/New_York', 'ET')}:</strong> ${escapeText(text)}`);
}

export function renderStoryContent(story: StoryInput, home: string): string {
  const updates = (story.updates ?? []).map((note) => updateParagraph(note.at, note.text));
  return [...updates, ...story.body.map((body) => renderBlock(body, home))].join('\n\n');
}
