// The saved stories page's words in Arabic.
import { formatNumber, isolate, plural } from '../format';
import type { SavedWords } from '../types';

export const saved: SavedWords = {
  title: 'الأخبار المحفوظة',
  checking: 'جارٍ التحقق من الأخبار المحفوظة…',
  unreadable: 'تعذّرت قراءة أخبارك المحفوظة: هذا المتصفح لا يسمح لليد بفتح مساحة التخزين.',
  count: (count, size) => {
    const n = formatNumber(count);
    return plural(count, {
      zero: 'لا توجد أخبار محفوظة.',
      one: `خبر واحد محفوظ، يشغل ${size}.`,
      two: `خبران محفوظان، يشغلان ${size}.`,
      few: `${n} أخبار محفوظة، تشغل ${size}.`,
      many: `${n} خبرًا محفوظًا، تشغل ${size}.`,
      other: `${n} خبر محفوظ، تشغل ${size}.`,
    });
  },
  usage: (used, allowed) => ` يستخدم ليد ${used} من أصل ${allowed} يتيحها هذا المتصفح.`,
  downloaded: 'أهم الأخبار المنزَّلة',
  checkingDownloads: 'جارٍ التحقق من التنزيلات…',
  noDownload: 'لا يوجد تنزيل بعد. يحفظ زر «تنزيل للقراءة دون اتصال» أهم الأخبار هنا.',
  refreshed: (time) => `آخر تحديث: ${time}.`,
  partial: 'لم يكتمل التنزيل بعد.',
  last: (time, cancelled, done, total) =>
    `${cancelled ? 'أُلغي' : 'توقف'} آخر تنزيل (${time}) بعد حفظ ${formatNumber(done)} من أصل ${formatNumber(total)}.`,
  oneByOne: 'المحفوظة واحدًا تلو الآخر',
  noneSaved: 'لا توجد أخبار محفوظة بعد. استخدم «احفظ للقراءة دون اتصال» في أي خبر للاحتفاظ به على هذا الجهاز.',
  remove: 'إزالة',
  removeLabel: (headline) => `إزالة «${isolate(headline)}» من المحفوظات`,
};
