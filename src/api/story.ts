// Schema for a full story: header fields, structured body blocks and publisher update notes.
import * as v from 'valibot';
import { ImageSchema } from './image';
import { LiveCoverageSchema } from './live';
import { SlugSchema } from './slug';
import { IsoDateSchema } from './summary';
import { TopicRefSchema } from './topic';

const MarkSchema = v.picklist(['em', 'strong']);

export const TextRunSchema = v.object({
  type: v.literal('text'),
  text: v.string(),
  marks: v.optional(v.array(MarkSchema), []),
});

export const LinkRunSchema = v.object({
  type: v.literal('link'),
  href: v.string(),
  text: v.string(),
  marks: v.optional(v.array(MarkSchema), []),
});

export const InlineSchema = v.variant('type', [TextRunSchema, LinkRunSchema]);

export const BodyBlockSchema = v.variant('type', [
  v.object({ type: v.literal('paragraph'), content: v.array(InlineSchema) }),
  v.object({ type: v.literal('heading'), text: v.string() }),
  v.object({
    type: v.literal('quote'),
    text: v.string(),
    attribution: v.optional(v.string()),
  }),
  v.object({
    type: v.literal('embed'),
    // A post known only by its address (a WordPress embed block) has no author, text or time: a card linking out.
    author: v.optional(v.object({ name: v.string(), handle: v.string() })),
    network: v.string(),
    text: v.optional(v.string(), ''),
    postedAt: v.optional(IsoDateSchema),
    url: v.string(),
  }),
  v.object({
    type: v.literal('list'),
    ordered: v.optional(v.boolean(), false),
    items: v.array(v.array(InlineSchema)),
  }),
  v.object({ type: v.literal('cta'), content: v.array(InlineSchema) }),
  v.object({ type: v.literal('figure'), image: ImageSchema }),
]);

const KNOWN_BLOCK_TYPES = new Set<unknown>(BodyBlockSchema.options.map((option) => option.entries.type.literal));

/** A list of body blocks. Block types this version does not know are skipped, so a newer API does not break older readers. */
export const BodyBlocksSchema = v.pipe(
  v.array(v.unknown()),
  v.filterItems((block) => typeof block === 'object' && block !== null && KNOWN_BLOCK_TYPES.has((block as { type?: unknown }).type)),
  v.array(BodyBlockSchema),
);

export const BylineSchema = v.object({
  name: v.string(),
  role: v.optional(v.string()),
});

export const UpdateNoteSchema = v.object({ at: IsoDateSchema, text: v.string() });

export const StorySchema = v.object({
  slug: SlugSchema,
  headline: v.string(),
  standfirst: v.optional(v.string(), ''),
  byline: v.array(BylineSchema),
  publishedAt: IsoDateSchema,
  updatedAt: v.optional(v.nullable(IsoDateSchema), null),
  topics: v.array(TopicRefSchema),
  hero: v.optional(v.nullable(ImageSchema), null),
  body: BodyBlocksSchema,
  updates: v.optional(v.array(UpdateNoteSchema), []),
  /** Present when the story is live coverage (its posts come from `/stories/{slug}/posts`). */
  live: v.optional(v.nullable(LiveCoverageSchema), null),
});

export type Inline = v.InferOutput<typeof InlineSchema>;
export type BodyBlock = v.InferOutput<typeof BodyBlockSchema>;
export type Byline = v.InferOutput<typeof BylineSchema>;
export type UpdateNote = v.InferOutput<typeof UpdateNoteSchema>;
export type Story = v.InferOutput<typeof StorySchema>;

export type BodyBlockInput = v.InferInput<typeof BodyBlockSchema>;

/** A story as the content API sends it (defaults not yet applied); fixtures are written in this shape. */
export type StoryInput = Omit<v.InferInput<typeof StorySchema>, 'body'> & { body: BodyBlockInput[] };
