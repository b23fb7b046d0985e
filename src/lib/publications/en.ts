// The English demo publication's settings (src/lib/publication.ts).
import type { Publication } from '../publication';

export const publication: Publication = {
  id: 'en',
  name: 'Lede',
  language: 'en',
  dir: 'ltr',
  locale: 'en-US-u-nu-latn',
  timeZone: 'America/New_York',
  zoneLabel: 'ET',
};
