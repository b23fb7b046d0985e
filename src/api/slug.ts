// A Lede slug: the one pattern of the names in story and topic addresses (`/story/<slug>`, `/topic/<slug>`).
import * as v from 'valibot';

export const SLUG = /^[a-z0-9-]+$/;

/** True when `value` can name a story or a topic in Lede's routes. */
export const isSlug = (value: string): boolean => SLUG.test(value);

export const SlugSchema = v.pipe(v.string(), v.regex(SLUG));
