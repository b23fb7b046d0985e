// Lists of stories in Arabic.
import { formatNumber, isolate, plural } from '../format';
import type { ListsWords } from '../types';

export const lists: ListsWords = {
  top: 'أهم الأخبار',
  noStories: 'لا توجد أخبار بعد. عُد إلينا قريبًا.',
  readOffline: 'القراءة دون اتصال',
  offlineOffer: 'خذ أهم الأخبار معك: نصوصها وصورها، بمقاس يناسب هذه الشاشة، محفوظة على هذا الجهاز.',
  popular: 'الأكثر قراءة',
  weekPopular: 'الأكثر قراءة هذا الأسبوع',
  popularTitle: 'الأكثر قراءة هذا الأسبوع',
  ranked: 'بحسب إقبال القراء',
  similar: 'أخبار ذات صلة',
  noSimilar: 'لا توجد أخبار ذات صلة بعد.',
  noRank: 'لا يوجد ما يُرتَّب هذا الأسبوع بعد.',
  archiveLink: (link) => [link, ': كل الأخبار، يومًا بيوم'],
  loadingMore: 'جارٍ تحميل مزيد من الأخبار…',
  loadMore: 'حمِّل مزيدًا من الأخبار',
  end: 'وصلت إلى نهاية القائمة.',
  more: 'مزيد من الأخبار',
  shown: (count) => {
    const n = formatNumber(count);
    return plural(count, {
      zero: 'لا توجد أخبار معروضة.',
      one: 'خبر واحد معروض.',
      two: 'خبران معروضان.',
      few: `${n} أخبار معروضة.`,
      many: `${n} خبرًا معروضًا.`,
      other: `${n} خبر معروض.`,
    });
  },
  latestIn: (topic) => `أحدث الأخبار في ${isolate(topic)}`,
  noTopicStories: 'لا توجد أخبار في هذا الموضوع بعد.',
  topicEnd: (topic) => `هذه كل الأخبار في ${isolate(topic)}.`,
  failed: (what) => `تعذّر تحميل «${what}».`,
  error: 'حدث خطأ ما.',
  retrying: 'جارٍ إعادة المحاولة…',
  retry: 'حاول مرة أخرى',
};
