// Schema for photos in the content contract: one image, its renditions, caption and credit.
import * as v from 'valibot';

export const RenditionSchema = v.object({
  url: v.string(),
  width: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Its size in bytes, when the source knows it (the data saver's "Load photo (NN KB)"). */
  bytes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

export const ImageSchema = v.object({
  url: v.string(),
  width: v.pipe(v.number(), v.integer(), v.minValue(1)),
  height: v.pipe(v.number(), v.integer(), v.minValue(1)),
  alt: v.string(),
  caption: v.optional(v.string()),
  credit: v.optional(v.string()),
  renditions: v.optional(v.array(RenditionSchema), []),
});

export type Image = v.InferOutput<typeof ImageSchema>;
export type ImageInput = v.InferInput<typeof ImageSchema>;
