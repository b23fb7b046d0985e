// The Arabic publication's words as an Arabic build has them: its plural forms, dates, update notes and byline.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
// The Arabic demo publication, as VITE_PUBLICATION=ar selects it.
import { publication as ARABIC } from '../publications/ar';

type Lists = typeof import('./ar/lists');
type Live = typeof import('./ar/live');
type Dates = typeof import('../dates');
type Story = typeof import('./ar/story');
type Header = typeof import('../../components/story-header-tree');

let lists: Lists['lists'];
let live: Live['live'];
let dates: Dates;
let story: Story['story'];
let header: Header;

beforeAll(async () => {
  // The modules as VITE_PUBLICATION=ar builds them: Arabic's plural rules, Cairo's zone, the Arabic words.
  vi.resetModules();
  vi.doMock('../publication', async (original) => ({ ...(await original<object>()), PUBLICATION: ARABIC }));
  vi.doMock('#words/time', () => import('./ar/time'));
  vi.doMock('#words/byline', () => import('./ar/byline'));
  ({ lists } = await import('./ar/lists'));
  ({ live } = await import('./ar/live'));
  ({ story } = await import('./ar/story'));
  dates = await import('../dates');
  header = await import('../../components/story-header-tree');
});

afterAll(() => {
  vi.doUnmock('../publication');
  vi.doUnmock('#words/time');
  vi.doUnmock('#words/byline');
  vi.resetModules();
});

describe('Arabic plurals (Intl.PluralRules: zero, one, two, few, many, other)', () => {
  it.each([
    [0, 'لا توجد أخبار معروضة.'],
    [1, 'خبر واحد معروض.'],
    [2, 'خبران معروضان.'],
    [3, '3 أخبار معروضة.'],
    [11, '11 خبرًا معروضًا.'],
    [100, '100 خبر معروض.'],
    [1000, '1,000 خبر معروض.'],
  ])('%i stories shown: %s', (count, text) => {
    expect(lists.shown(count)).toBe(text);
  });

  it.each([
    [1, 'منشور جديد واحد'],
    [2, 'منشوران جديدان'],
    [3, '3 منشورات جديدة'],
    [11, '11 منشورًا جديدًا'],
    [100, '100 منشور جديد'],
  ])('%i new posts: %s', (count, text) => {
    expect(live.newPosts(count)).toBe(text);
  });
});

describe('Arabic dates and times (Intl in ar-EG with Western digits, Cairo time)', () => {
  it('writes a publication time in the Arabic house style', () => {
    // 13:21 UTC on 22 May 2023 is 16:21 in Cairo (UTC+3 that summer).
    expect(dates.formatPublicationTime('2023-05-22T13:21:00Z')).toBe('22 مايو 2023، الساعة 4:21 م بتوقيت القاهرة');
    expect(dates.formatPublicationTime('2024-01-15T07:05:00Z')).toBe('15 يناير 2024، الساعة 9:05 ص بتوقيت القاهرة');
  });

  it('writes a list date with the month by name', () => {
    expect(dates.formatShortDate('2020-06-13T15:00:00Z')).toBe('13 يونيو 2020');
  });

  it('writes an update note in the publication’s own format', () => {
    expect(story.update(dates.formatPublicationTime('2023-05-22T13:21:00Z')).join('')).toBe('تحديث 22 مايو 2023، الساعة 4:21 م بتوقيت القاهرة:');
  });

  it('says the reading time with Arabic’s own forms of the minute', () => {
    expect([1, 2, 3, 11].map(story.read)).toEqual(['مدة القراءة: دقيقة', 'مدة القراءة: دقيقتان', 'مدة القراءة: 3 دقائق', 'مدة القراءة: 11 دقيقة']);
  });
});

describe('an Arabic byline', () => {
  const text = (node: ReturnType<Header['bylineTree']>): string =>
    node.children.map((child) => (typeof child === 'string' ? child : text(child))).join('');

  it('joins names with و (Intl.ListFormat) and isolates each name and role', () => {
    const byline = header.bylineTree([{ name: 'سارة يوسف' }, { name: 'Tom Reed', role: 'مراسل' }, { name: 'منى علي' }]);
    expect(text(byline)).toBe('بقلم \u2068سارة يوسف\u2069 و\u2068Tom Reed\u2069، \u2068مراسل\u2069 و\u2068منى علي\u2069');
  });
});
