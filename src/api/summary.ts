// Schemas for story summaries (cards) and the lists built from them: front page, similar, popular.
import * as v from 'valibot';
import { ImageSchema } from './image';
import { SlugSchema } from './slug';
import { HotTopicsSchema, TopicRefSchema } from './topic';

export const IsoDateSchema = v.pipe(v.string(), v.isoTimestamp());

export const SummarySchema = v.object({
  slug: SlugSchema,
  headline: v.string(),
  standfirst: v.optional(v.string(), ''),
  publishedAt: IsoDateSchema,
  updatedAt: v.optional(v.nullable(IsoDateSchema), null),
  topic: TopicRefSchema,
  thumbnail: v.optional(v.nullable(ImageSchema), null),
});

export const SummaryListSchema = v.object({ items: v.array(SummarySchema) });

export const PopularListSchema = v.object({
  period: v.optional(v.picklist(['day', 'week']), 'week'),
  items: v.array(SummarySchema),
});

export const FrontPageSchema = v.object({
  topStories: v.array(SummarySchema),
  hotTopics: HotTopicsSchema.entries.items,
});

export type Summary = v.InferOutput<typeof SummarySchema>;
export type SummaryList = v.InferOutput<typeof SummaryListSchema>;
export type PopularList = v.InferOutput<typeof PopularListSchema>;
export type FrontPage = v.InferOutput<typeof FrontPageSchema>;
export type SummaryInput = v.InferInput<typeof SummarySchema>;
