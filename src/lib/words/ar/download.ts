// The download's progress in Arabic.
import { formatNumber, plural } from '../format';
import type { DownloadWords } from '../types';

const of = (done: number, total: number) => `${formatNumber(done)} من أصل ${formatNumber(total)}`;
const downloaded = (size: string | null) => (size ? ` (نُزِّل ${size})` : '');
const missed = (n: number) =>
  plural(n, {
    one: 'تعذّر تنزيل خبر واحد',
    two: 'تعذّر تنزيل خبرين',
    few: `تعذّر تنزيل ${formatNumber(n)} أخبار`,
    many: `تعذّر تنزيل ${formatNumber(n)} خبرًا`,
    other: `تعذّر تنزيل ${formatNumber(n)} خبر`,
  });

export const download: DownloadWords = {
  panel: 'تنزيل للقراءة دون اتصال',
  bar: 'الأخبار المنزَّلة',
  finding: 'جارٍ البحث عن أهم الأخبار…',
  running: (textOnly, done, total, size) =>
    `${textOnly ? 'جارٍ تنزيل النصوص فقط (توفير البيانات)' : 'جارٍ التنزيل للقراءة دون اتصال'}: ${of(done, total)}، ${size}`,
  ready: (ready, total, size, failed) =>
    `جاهز للقراءة دون اتصال: ${of(ready, total)}${downloaded(size)}.${failed > 0 ? ` ${missed(failed)}؛ حاول مرة أخرى لاحقًا.` : ''}`,
  cancelled: (ready, total, size) => `أُلغي التنزيل. ${of(ready, total)} جاهزة للقراءة دون اتصال${downloaded(size)}؛ ولم يُحذف شيء مما حُفظ من قبل.`,
  notStarted: (why) => `تعذّر بدء التنزيل. ${why}`.trim(),
  stopped: (ready, total, why) => `توقف التنزيل بعد ${of(ready, total)}: ${why ?? 'حدث خطأ ما.'} ما حُفظ من أخبار حتى الآن باقٍ.`,
  cancelling: 'جارٍ الإلغاء…',
  cancel: 'إلغاء التنزيل',
  close: 'إغلاق',
};
