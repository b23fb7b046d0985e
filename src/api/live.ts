// Schema for live coverage: the part of a story that says it is a live page (status, key points, pinned post).
import * as v from 'valibot';
import { IsoDateSchema } from './summary';

/** A post id: safe in a URL fragment (`/story/:slug#post-<id>`) and in a query string without escaping. */
export const PostIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));

export const LIVE_STATUSES = ['live', 'ended'] as const;

export const LiveCoverageSchema = v.object({
  /** `live`: posts may still arrive, poll for them; `ended`: the coverage is closed, stop polling. */
  status: v.picklist(LIVE_STATUSES),
  /** The summary of key points, most important first; plain sentences. */
  keyPoints: v.optional(v.array(v.string()), []),
  /** The post shown above the others whatever its time; null when nothing is pinned. */
  pinnedPostId: v.optional(v.nullable(PostIdSchema), null),
  startedAt: IsoDateSchema,
  /** When the coverage ended; null while it is live. */
  endedAt: v.optional(v.nullable(IsoDateSchema), null),
});

export type PostId = v.InferOutput<typeof PostIdSchema>;
export type LiveStatus = (typeof LIVE_STATUSES)[number];
export type LiveCoverage = v.InferOutput<typeof LiveCoverageSchema>;
export type LiveCoverageInput = v.InferInput<typeof LiveCoverageSchema>;
