// Schemas for topics: the short reference used in tags and bars, and the full topic.
import * as v from 'valibot';
import { SlugSchema } from './slug';

export const TopicRefSchema = v.object({
  slug: SlugSchema,
  name: v.string(),
});

export const TopicSchema = v.object({
  ...TopicRefSchema.entries,
  description: v.optional(v.string(), ''),
});

export const HotTopicsSchema = v.object({ items: v.array(TopicRefSchema) });

export type TopicRef = v.InferOutput<typeof TopicRefSchema>;
export type Topic = v.InferOutput<typeof TopicSchema>;
export type TopicInput = v.InferInput<typeof TopicSchema>;
