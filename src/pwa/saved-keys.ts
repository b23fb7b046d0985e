// The query keys of saved stories (src/pwa/saved-queries.ts), apart so a download can refresh them without loading
// the queries.
export const savedKeys = {
  all: ['saved'] as const,
  list: ['saved', 'list'] as const,
  storage: ['saved', 'storage'] as const,
  download: ['saved', 'download'] as const,
};
