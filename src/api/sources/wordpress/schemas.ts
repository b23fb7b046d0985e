// Valibot schemas for the WordPress REST responses Lede reads (posts with _embed, categories, tags): parse, don't trust.
import * as v from 'valibot';

/** An array schema that keeps the items `item` accepts and silently drops the rest (WordPress embeds error objects). */
function lenientArray<S extends v.GenericSchema>(item: S) {
  return v.fallback(
    v.pipe(
      v.array(v.unknown()),
      v.transform((items) =>
        items.flatMap((value) => {
          const result = v.safeParse(item, value);
          return result.success ? [result.output as v.InferOutput<S>] : [];
        }),
      ),
    ),
    [],
  );
}

/** WordPress's `*_gmt` times are UTC without a zone ("2023-05-22T13:21:00"); Lede's are ISO with Z. */
const GmtDateSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?$/, 'a WordPress date (YYYY-MM-DDTHH:MM:SS)'),
  v.transform((value) => (/(?:Z|[+-]\d{2}:\d{2})$/.test(value) ? value : `${value}Z`)),
  v.isoTimestamp(),
  v.check((value) => !Number.isNaN(Date.parse(value)), 'a real date'),
);

/** `{ rendered }` fields (title, excerpt, content, caption): HTML, '' when missing or odd. */
const RenderedSchema = v.fallback(v.object({ rendered: v.fallback(v.string(), '') }), { rendered: '' });

const WholeNumberSchema = v.pipe(v.number(), v.integer());
const PixelsSchema = v.pipe(v.number(), v.integer(), v.minValue(1));

export const WordPressAuthorSchema = v.object({
  id: v.fallback(WholeNumberSchema, 0),
  name: v.pipe(v.string(), v.trim(), v.nonEmpty()),
  slug: v.fallback(v.string(), ''),
});

/** A category or tag, embedded in a post (`_embedded['wp:term']`) or listed (`/wp/v2/categories`, `/wp/v2/tags`). */
export const WordPressTermSchema = v.object({
  id: WholeNumberSchema,
  name: v.string(),
  slug: v.string(),
  taxonomy: v.fallback(v.string(), ''),
  count: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
  description: v.fallback(v.string(), ''),
});

/** `filesize` (WordPress 6.0+) is what the data saver's "Load photo (size)" says. */
const FileSizeSchema = v.fallback(v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))), undefined);
const MediaSizeSchema = v.object({ source_url: v.string(), width: PixelsSchema, height: PixelsSchema, filesize: FileSizeSchema });

export const WordPressMediaSchema = v.object({
  id: v.fallback(WholeNumberSchema, 0),
  media_type: v.fallback(v.string(), 'image'),
  source_url: v.string(),
  alt_text: v.fallback(v.string(), ''),
  caption: RenderedSchema,
  media_details: v.fallback(
    v.object({
      width: v.fallback(v.nullable(PixelsSchema), null),
      height: v.fallback(v.nullable(PixelsSchema), null),
      filesize: FileSizeSchema,
      sizes: v.fallback(
        v.pipe(
          v.record(v.string(), v.unknown()),
          v.transform((sizes) =>
            Object.values(sizes).flatMap((size) => {
              const result = v.safeParse(MediaSizeSchema, size);
              return result.success ? [result.output] : [];
            }),
          ),
        ),
        [],
      ),
      image_meta: v.fallback(v.object({ credit: v.fallback(v.string(), '') }), { credit: '' }),
    }),
    { width: null, height: null, filesize: undefined, sizes: [], image_meta: { credit: '' } },
  ),
});

const EmbeddedSchema = v.object({
  author: lenientArray(WordPressAuthorSchema),
  // One array per taxonomy (categories, then tags); read as one list, each term naming its taxonomy.
  'wp:term': v.fallback(
    v.pipe(
      v.array(v.unknown()),
      v.transform((groups) => groups.flatMap((group) => v.parse(lenientArray(WordPressTermSchema), group))),
    ),
    [],
  ),
  // A deleted or private image embeds as an error object: then the post has no featured image.
  'wp:featuredmedia': v.fallback(
    v.pipe(
      v.array(v.unknown()),
      v.transform((items) => v.parse(lenientArray(WordPressMediaSchema), items)[0] ?? null),
    ),
    null,
  ),
});

const NO_EMBEDS: v.InferOutput<typeof EmbeddedSchema> = { author: [], 'wp:term': [], 'wp:featuredmedia': null };

/**
 * One post of `/wp/v2/posts?_embed`. The output names what `_embedded` holds: `authors`, `terms` (categories and
 * tags, each with its taxonomy) and `featuredMedia` (or null).
 */
export const WordPressPostSchema = v.pipe(
  v.object({
    id: WholeNumberSchema,
    slug: v.string(),
    link: v.fallback(v.string(), ''),
    /** The site's local time, which `before=` compares against (archive cursors); '' when not sent. */
    date: v.fallback(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/)), ''),
    date_gmt: GmtDateSchema,
    modified_gmt: v.fallback(v.nullable(GmtDateSchema), null),
    sticky: v.fallback(v.boolean(), false),
    title: RenderedSchema,
    excerpt: RenderedSchema,
    content: RenderedSchema,
    categories: v.fallback(v.array(WholeNumberSchema), []),
    tags: v.fallback(v.array(WholeNumberSchema), []),
    _embedded: v.fallback(EmbeddedSchema, NO_EMBEDS),
  }),
  v.transform((post) => {
    const { ['_embedded']: embedded, ...fields } = post;
    return { ...fields, authors: embedded.author, terms: embedded['wp:term'], featuredMedia: embedded['wp:featuredmedia'] };
  }),
);

/** A list of items where unreadable ones are skipped, but a list with none readable is a shape error. */
function listOf<S extends v.GenericSchema>(item: S, what: string) {
  return v.pipe(
    v.array(v.unknown()),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const items: Array<v.InferOutput<S>> = [];
      let firstProblem: string | undefined;
      for (const value of dataset.value) {
        const result = v.safeParse(item, value);
        if (result.success) items.push(result.output as v.InferOutput<S>);
        else firstProblem ??= `${v.getDotPath(result.issues[0]) ?? '(item)'}: ${result.issues[0].message}`;
      }
      if (dataset.value.length > 0 && items.length === 0) {
        addIssue({ message: `no readable ${what} (${firstProblem ?? 'unexpected value'})` });
        return NEVER;
      }
      return items;
    }),
  );
}

/** `/wp/v2/posts?_embed` (and `?slug=x`, which answers a list too). */
export const WordPressPostListSchema = listOf(WordPressPostSchema, 'post');
/** `/wp/v2/categories`, `/wp/v2/tags`. */
export const WordPressTermListSchema = listOf(WordPressTermSchema, 'term');

export type WordPressPost = v.InferOutput<typeof WordPressPostSchema>;
export type WordPressTerm = v.InferOutput<typeof WordPressTermSchema>;
export type WordPressMedia = v.InferOutput<typeof WordPressMediaSchema>;
export type WordPressAuthor = v.InferOutput<typeof WordPressAuthorSchema>;
