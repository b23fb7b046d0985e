// Pages' descriptions in Arabic.
import { PUBLICATION } from '../../publication';
import type { MetaWords } from '../types';

export const meta: MetaWords = {
  front: `أهم الأخبار والموضوعات الساخنة والأكثر قراءة هذا الأسبوع على ${PUBLICATION.name}.`,
  archive: `كل الأخبار على ${PUBLICATION.name}، الأحدث أولًا، يومًا بيوم.`,
};
