// `sizes` for story photos: shared by the <img> and by the early hero preload in index.html, which must match.
export const STORY_IMAGE_SIZES = '(min-width: 1100px) 680px, (min-width: 720px) calc(100vw - 4rem), calc(100vw - 2rem)';
