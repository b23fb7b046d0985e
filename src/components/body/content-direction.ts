// The direction of a story's own text blocks. A WordPress site's posts may be written in any language, whatever the
// publication's, so the browser takes each block's direction from its first strong letter (dir="auto"); Lede's own
// API's stories are in the publication's language, where dir="auto" would turn an Arabic paragraph that opens with a
// Latin name left to right.
export const CONTENT_DIRECTION: 'auto' | undefined = __LEDE_SOURCE__ === 'wordpress' ? 'auto' : undefined;
