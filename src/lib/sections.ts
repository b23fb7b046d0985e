// The masthead's section links, shared by the app's layout and the static shell in index.html.
export const SECTIONS = [
  ['/', 'Front page'],
  ['/popular', 'Popular'],
  ['/archive', 'News archive'],
  ['/saved', 'Saved'],
  ['/preferences', 'Display'],
] as const;
