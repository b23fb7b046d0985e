// The publication's settings: its time zone and how that zone is labelled ("ET").
export const PUBLICATION = {
  name: 'Lede',
  timeZone: (import.meta.env.VITE_PUBLICATION_TIME_ZONE as string | undefined) || 'America/New_York',
  zoneLabel: (import.meta.env.VITE_PUBLICATION_ZONE_LABEL as string | undefined) || 'ET',
} as const;
