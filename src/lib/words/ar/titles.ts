// Page titles in Arabic.
import { PUBLICATION } from '../../publication';
import type { TitleWords } from '../types';

export const titles: TitleWords = {
  page: (name) => `${name} · ${PUBLICATION.name}`,
  front: `${PUBLICATION.name} · أهم الأخبار`,
};
