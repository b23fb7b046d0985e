// `sizes` for photos: shared by each <img> and by index.html's early paint of the same photo, which must match.
export const STORY_IMAGE_SIZES = '(min-width: 1100px) 680px, (min-width: 720px) calc(100vw - 4rem), calc(100vw - 2rem)';

/** The front page's lead photo. */
export const LEAD_IMAGE_SIZES = '(min-width: 1100px) 720px, 100vw';
