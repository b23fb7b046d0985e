// The publication a build serves (VITE_PUBLICATION, English by default): its name, language, direction, locale, time
// zone and how that zone is labelled. Its words are per area in src/lib/words/<id>/ (imported as `#words/<area>`,
// so a build carries only its own publication's words; build/publication.ts).
// A build carries its publication's settings alone, written in (__LEDE_PUBLICATION__); Node scripts (tsx) read process.env.
import { publication as ar } from './publications/ar.ts';
import { publication as en } from './publications/en.ts';

const env: Record<string, string | undefined> =
  (import.meta as { env?: Record<string, string | undefined> }).env ?? (typeof process === 'undefined' ? {} : process.env);

/** What a publication is: everything about it that is not its content or its words. */
export interface Publication {
  /** Its id, as VITE_PUBLICATION names it and src/lib/words/<id>/ holds its words. */
  readonly id: PublicationId;
  readonly name: string;
  /** The language its stories are written in (a BCP 47 tag, as `<html lang>`, feeds and JSON-LD declare it). */
  readonly language: string;
  readonly dir: 'ltr' | 'rtl';
  /** The locale Intl formats its dates, times and numbers with; its digits are chosen explicitly (`-u-nu-…`). */
  readonly locale: string;
  readonly timeZone: string;
  /** How the time zone is named after a time ("ET"). */
  readonly zoneLabel: string;
}

/** Every publication Lede can be built as. */
export const PUBLICATION_IDS = ['en', 'ar'] as const;
export type PublicationId = (typeof PUBLICATION_IDS)[number];

/** Every publication by id (tests of one build read another's settings here, whichever the process was started as). */
export const PUBLICATIONS: Record<PublicationId, Publication> = { en, ar };

/** The publication VITE_PUBLICATION names, or a clear error (a build must not quietly fall back to another one). */
export function publicationOf(id: string | undefined): PublicationId {
  if (id === undefined || id === '') return 'en';
  if ((PUBLICATION_IDS as readonly string[]).includes(id)) return id as PublicationId;
  throw new Error(`VITE_PUBLICATION=${id} is not a publication Lede knows (known: ${PUBLICATION_IDS.join(', ')}).`);
}

/** The publication the environment names (Node scripts), its zone and label set apart if they are given. */
export function publicationFrom(variables: Record<string, string | undefined>): Publication {
  const chosen = PUBLICATIONS[publicationOf(variables.VITE_PUBLICATION)];
  return {
    ...chosen,
    timeZone: variables.VITE_PUBLICATION_TIME_ZONE || chosen.timeZone,
    zoneLabel: variables.VITE_PUBLICATION_ZONE_LABEL || chosen.zoneLabel,
  };
}

/**
 * The publication this build serves; its zone (and label) can be set apart, e.g. for a WordPress site's own zone. A
 * build carries its settings alone, written in as __LEDE_PUBLICATION__ (build/publication.ts); Node scripts read their
 * environment.
 */
export const PUBLICATION: Publication = typeof __LEDE_PUBLICATION__ === 'undefined' ? publicationFrom(env) : __LEDE_PUBLICATION__;
