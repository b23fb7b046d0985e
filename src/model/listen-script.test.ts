import { describe, expect, it } from 'vitest';
import type { Story } from '../api/story';
import { MAX_UTTERANCE, postScript, resumeIndex, splitSentences, storyScript } from './listen-script';

describe('splitSentences', () => {
  it('keeps titles with their names and times, quotes and decimals inside their sentence', () => {
    expect(
      splitSentences(
        'Dr. Amara Osei said the tide peaked at 9 a.m. on Monday, 3.5 metres above normal. “We were ready,” she said. Was it enough? Mr. Kahn thinks so!',
        'en',
      ),
    ).toEqual([
      'Dr. Amara Osei said the tide peaked at 9 a.m. on Monday, 3.5 metres above normal.',
      '“We were ready,” she said.',
      'Was it enough?',
      'Mr. Kahn thinks so!',
    ]);
  });

  it('ends a sentence at "a.m." when the next one begins there', () => {
    expect(splitSentences('The ferry left at 6.30 a.m. The next one is at noon.', 'en')).toEqual([
      'The ferry left at 6.30 a.m.',
      'The next one is at noon.',
    ]);
  });

  it('splits Arabic at its question mark and full stop', () => {
    const text =
      'افتتحت مكتبة الميناء أبوابها صباح السبت بعد عامين من الترميم. هل كانت الزيارة تستحق الانتظار؟ قال الزوار إن القاعة الجديدة تتسع لـ ٣٫٥ ألف كتاب.';
    expect(splitSentences(text, 'ar')).toEqual([
      'افتتحت مكتبة الميناء أبوابها صباح السبت بعد عامين من الترميم.',
      'هل كانت الزيارة تستحق الانتظار؟',
      'قال الزوار إن القاعة الجديدة تتسع لـ ٣٫٥ ألف كتاب.',
    ]);
  });

  it('reads a sentence too long for a voice in parts, at a pause', () => {
    const clause = 'the ferry, the bus and the long road round the estuary';
    const long = `${Array.from({ length: 12 }, () => clause).join(', ')}.`;
    const parts = splitSentences(long, 'en');
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((part) => part.length <= MAX_UTTERANCE)).toBe(true);
    expect(parts.join(' ')).toBe(long);
    expect(parts[0]).toMatch(/,$/);
  });
});

const story: Pick<Story, 'headline' | 'standfirst' | 'hero' | 'body'> = {
  headline: 'Harbour Bridge reopens',
  standfirst: 'Cyclists were first across. Drivers followed.',
  hero: {
    url: '/img/bridge.jpg',
    width: 1600,
    height: 900,
    alt: 'The bridge at dawn.',
    caption: 'The bridge at first light.',
    credit: 'MIRA OKAFOR',
    renditions: [],
  },
  body: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'The bridge reopened at 6am. ', marks: [] },
        { type: 'link', href: '/x', text: 'Crowds cheered.', marks: [] },
      ],
    },
    {
      type: 'figure',
      image: { url: '/img/crowd.jpg', width: 800, height: 600, alt: 'A crowd.', caption: 'Residents gathered. Some waved.', renditions: [] },
    },
    {
      type: 'embed',
      author: { name: 'Port Alder Council', handle: '@portalder' },
      network: 'Mastodon',
      text: 'The bridge is open. Thank you all.',
      url: 'https://example.org/1',
    },
    { type: 'quote', text: 'Another fifty years.', attribution: 'Annika Roos' },
    { type: 'heading', text: 'What changes' },
    {
      type: 'list',
      ordered: false,
      items: [[{ type: 'text', text: 'A cycle track.', marks: [] }], [{ type: 'text', text: 'A lower limit.', marks: [] }]],
    },
  ],
};

describe('storyScript', () => {
  it('reads the headline, standfirst and body in order, with captions, credits and embedded posts announced', () => {
    const script = storyScript(story, { lang: 'en', extras: true });
    expect(script.map((utterance) => utterance.text)).toEqual([
      'Harbour Bridge reopens',
      'Cyclists were first across.',
      'Drivers followed.',
      'Photo caption: The bridge at first light.',
      'Photo credit: MIRA OKAFOR',
      'The bridge reopened at 6am.',
      'Crowds cheered.',
      'Photo caption: Residents gathered.',
      'Some waved.',
      'Embedded post by Port Alder Council: The bridge is open.',
      'Thank you all.',
      'Another fifty years.',
      'Annika Roos',
      'What changes',
      'A cycle track.',
      'A lower limit.',
    ]);
    // What is marked on the page is the sentence itself, without its announcement, in its place.
    expect(script[3]).toEqual({ text: 'Photo caption: The bridge at first light.', sentence: 'The bridge at first light.', place: { part: 'hero' } });
    expect(script[9]).toMatchObject({ sentence: 'The bridge is open.', place: { part: 'body', block: 2 } });
    expect(script[15]!.place).toEqual({ part: 'body', block: 5 });
  });

  it('skips captions, credits and embedded posts when they are not to be read', () => {
    const texts = storyScript(story, { lang: 'en', extras: false }).map((utterance) => utterance.text);
    expect(texts).toEqual([
      'Harbour Bridge reopens',
      'Cyclists were first across.',
      'Drivers followed.',
      'The bridge reopened at 6am.',
      'Crowds cheered.',
      'Another fifty years.',
      'Annika Roos',
      'What changes',
      'A cycle track.',
      'A lower limit.',
    ]);
  });

  it('reads a live post: its title, then its body', () => {
    const script = postScript(
      { title: 'Water rising', body: [{ type: 'paragraph', content: [{ type: 'text', text: 'Up 20cm. Still rising.', marks: [] }] }] },
      { lang: 'en', extras: true },
    );
    expect(script.map(({ text, place }) => [text, place.part])).toEqual([
      ['Water rising', 'headline'],
      ['Up 20cm.', 'body'],
      ['Still rising.', 'body'],
    ]);
  });
});

describe('resumeIndex', () => {
  const script = storyScript(story, { lang: 'en', extras: true });
  const without = storyScript(story, { lang: 'en', extras: false });

  it('resumes at the remembered sentence, found again when the script changed', () => {
    expect(resumeIndex(script, { index: 6, sentence: 'Crowds cheered.' })).toBe(6);
    expect(resumeIndex(without, { index: 6, sentence: 'Crowds cheered.' })).toBe(4);
    expect(resumeIndex(script, { index: 6, sentence: 'A sentence no longer there.' })).toBe(0);
    expect(resumeIndex(script, null)).toBe(0);
  });
});
