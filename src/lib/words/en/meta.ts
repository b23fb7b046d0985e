// Pages' descriptions in English.
import { PUBLICATION } from '../../publication';
import type { MetaWords } from '../types';

export const meta: MetaWords = {
  front: `Top stories, hot topics and this week's most popular on ${PUBLICATION.name}.`,
  archive: `Every story on ${PUBLICATION.name}, newest first, by day.`,
};
