// The Arabic demo publication's settings (src/lib/publication.ts): Western digits, as the BBC's Arabic service and
// most Arabic news sites use; Cairo time.
import type { Publication } from '../publication';

export const publication: Publication = {
  id: 'ar',
  name: 'ليد',
  language: 'ar',
  dir: 'rtl',
  locale: 'ar-EG-u-nu-latn',
  timeZone: 'Africa/Cairo',
  zoneLabel: 'بتوقيت القاهرة',
};
