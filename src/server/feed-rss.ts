// RSS 2.0 feeds: the latest stories, and a topic's latest stories.
import type { Summary } from '../api/summary';
import type { Topic } from '../api/topic';
import { PUBLICATION } from '../lib/publication';
import { FEED_PATH, topicFeedPath } from '../model/page-meta';
import { topicTitle } from '../model/page-title';
import { safeSiteUrl, storyPath, topicPath } from './feed-paths';
import { element, newest, rfc822, textElement, xmlDocument, type Xml } from './feed-xml';
import { feeds } from '#words/feeds';

/** Stories in a feed: a page of Lede's lists, a day or more of a newsroom's stories. */
export const FEED_SIZE = 50;

const ATOM = 'http://www.w3.org/2005/Atom';

interface Channel {
  title: string;
  description: string;
  /** The page the feed is the feed of. */
  pagePath: string;
  /** The feed's own address (`atom:link rel="self"`). */
  feedPath: string;
}

/** One story; null when its address would not be a safe one. */
function item(story: Summary, origin: string): Xml | null {
  const link = safeSiteUrl(origin, storyPath(story.slug));
  if (!link) return null;
  const topicLink = safeSiteUrl(origin, topicPath(story.topic.slug));
  return element(
    'item',
    null,
    textElement('title', story.headline),
    textElement('link', link),
    textElement('guid', link, { isPermaLink: 'true' }),
    ...(story.standfirst ? [textElement('description', story.standfirst)] : []),
    textElement('pubDate', rfc822(story.publishedAt)),
    textElement('category', story.topic.name, topicLink ? { domain: topicLink } : null),
  );
}

function rssDocument(channel: Channel, stories: Summary[], origin: string): string {
  const link = safeSiteUrl(origin, channel.pagePath) ?? `${origin}/`;
  const self = safeSiteUrl(origin, channel.feedPath) ?? link;
  // The channel last changed when its newest story did; the clock would make every build differ.
  const changed = newest(stories.map((story) => story.updatedAt ?? story.publishedAt));
  const items = stories.map((story) => item(story, origin)).filter((entry): entry is Xml => entry !== null);
  return xmlDocument(
    element(
      'rss',
      { version: '2.0', 'xmlns:atom': ATOM },
      element(
        'channel',
        null,
        textElement('title', channel.title),
        textElement('link', link),
        textElement('description', channel.description),
        textElement('language', PUBLICATION.language),
        ...(changed ? [textElement('lastBuildDate', rfc822(changed))] : []),
        element('atom:link', { href: self, rel: 'self', type: 'application/rss+xml' }),
        ...items,
      ),
    ),
  );
}

/** The latest stories (`/feed.xml`), newest first as given. */
export function latestFeed(stories: Summary[], origin: string): string {
  const channel = { title: PUBLICATION.name, description: feeds.latest(PUBLICATION.name), pagePath: '/', feedPath: FEED_PATH };
  return rssDocument(channel, stories.slice(0, FEED_SIZE), origin);
}

/** A topic's latest stories (`/topic/<slug>/feed.xml`). */
export function topicFeed(topic: Topic, stories: Summary[], origin: string): string {
  const channel = {
    title: topicTitle(topic.name),
    description: topic.description || feeds.topic(topic.name, PUBLICATION.name),
    pagePath: topicPath(topic.slug),
    feedPath: topicFeedPath(topic.slug),
  };
  return rssDocument(channel, stories.slice(0, FEED_SIZE), origin);
}
