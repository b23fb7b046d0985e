// The publication's settings: its time zone and how that zone is labelled ("ET").
// Under Vite the values come from import.meta.env; in Node scripts (tsx) from process.env.
const env: Record<string, string | undefined> =
  (import.meta as { env?: Record<string, string | undefined> }).env ?? (typeof process === 'undefined' ? {} : process.env);

export const PUBLICATION = {
  name: 'Lede',
  timeZone: env.VITE_PUBLICATION_TIME_ZONE || 'America/New_York',
  zoneLabel: env.VITE_PUBLICATION_ZONE_LABEL || 'ET',
} as const;
