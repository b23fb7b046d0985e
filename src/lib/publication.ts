// The publication's settings: its name, language, time zone and how that zone is labelled ("ET").
// Under Vite the values come from import.meta.env; in Node scripts (tsx) from process.env.
const env: Record<string, string | undefined> =
  (import.meta as { env?: Record<string, string | undefined> }).env ?? (typeof process === 'undefined' ? {} : process.env);

export const PUBLICATION = {
  name: 'Lede',
  /** The language its stories are written in (a BCP 47 tag, as index.html's `lang`), as feeds and sitemaps declare it. */
  language: 'en',
  timeZone: env.VITE_PUBLICATION_TIME_ZONE || 'America/New_York',
  zoneLabel: env.VITE_PUBLICATION_ZONE_LABEL || 'ET',
} as const;
