// Schemas for cursor-paged story lists: the news archive, a topic's stories and search results.
import * as v from 'valibot';
import { SummarySchema } from './summary';

/** `nextCursor` is opaque: pass it back as `cursor` for the next page; `null` means the list has ended. */
export const SummaryPageSchema = v.object({
  items: v.array(SummarySchema),
  nextCursor: v.optional(v.nullable(v.string()), null),
});

export const SearchResultSchema = v.object({
  ...SummarySchema.entries,
  /** A short passage of the body around the first match, when the words were found there. */
  excerpt: v.optional(v.string(), ''),
});

export const SearchPageSchema = v.object({
  items: v.array(SearchResultSchema),
  nextCursor: v.optional(v.nullable(v.string()), null),
});

export type SummaryPage = v.InferOutput<typeof SummaryPageSchema>;
export type SearchResult = v.InferOutput<typeof SearchResultSchema>;
export type SearchPage = v.InferOutput<typeof SearchPageSchema>;
export type SearchResultInput = v.InferInput<typeof SearchResultSchema>;

/** Stories per page; small enough to arrive fast, large enough that scrolling rarely waits. */
export const PAGE_SIZE = 50;
