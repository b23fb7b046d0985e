// What each area's words are: one interface per area, implemented by every publication in src/lib/words/<id>/<area>.ts
// (imported as `#words/<area>`), so a word missing from a language fails the typecheck. A message with values is a
// function that returns the whole sentence; keys are short, as property names ship unminified.

/** The masthead, the static frame's copy of it, and the search box. */
export interface MastheadWords {
  /** The skip link. */
  skip: string;
  search: string;
  menu: string;
  /** The sections' navigation landmark. */
  sections: string;
  front: string;
  popular: string;
  archive: string;
  saved: string;
  display: string;
  /** The search field's label and placeholder. */
  field: string;
  download: string;
  loading: string;
  footer: string;
}

/** The display preferences page (/preferences). */
export interface DisplayWords {
  title: string;
  intro: string;
  theme: string;
  textSize: string;
  motion: string;
  dataSaver: string;
  /** Each option of the settings, by value. */
  options: Record<'system' | 'light' | 'dark' | 'small' | 'medium' | 'large' | 'x-large' | 'reduce' | 'auto' | 'on' | 'off', string>;
  dataSaverNote: string;
  offline: string;
  autoRefresh: string;
  connection: Record<'unknown' | 'metered' | 'unmetered', string>;
  notStored: string;
}
