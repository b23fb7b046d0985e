// What each area's words are: one interface per area, implemented by every publication in src/lib/words/<id>/<area>.ts
// (imported as `#words/<area>`), so a word missing from a language fails the typecheck. A message with values is a
// function that returns the whole sentence; keys are short, as property names ship unminified. A message around an
// element (a <time>, a link) is a function of it that returns the sentence's pieces in order (`Rich`).

/** A date's parts by type, from Intl.DateTimeFormat's formatToParts in the publication's locale. */
export type DateParts = Partial<Record<Intl.DateTimeFormatPartTypes, string>>;

/** A sentence around one element: its pieces in order, the element among them. */
export type Rich = <T>(element: T) => (string | T)[];

/** The frame around every page (the masthead, its static copy in index.html, the search box, the notices). */
export interface MastheadWords {
  /** The skip link. */
  skip: string;
  search: string;
  menu: string;
  /** The sections' navigation landmark. */
  sections: string;
  front: string;
  popular: string;
  archive: string;
  saved: string;
  display: string;
  /** The search field's label and placeholder. */
  field: string;
  download: string;
  loading: string;
  footer: string;
  offline: string;
  online: string;
  /** A new version of the app is ready, and the button that loads it. */
  update: string;
  reload: string;
}

/** The display preferences page (/preferences). */
export interface DisplayWords {
  title: string;
  intro: string;
  theme: string;
  textSize: string;
  motion: string;
  dataSaver: string;
  /** Each option of the settings, by value. */
  options: Record<'system' | 'light' | 'dark' | 'small' | 'medium' | 'large' | 'x-large' | 'reduce' | 'auto' | 'on' | 'off', string>;
  dataSaverNote: string;
  offline: string;
  autoRefresh: string;
  connection: Record<'unknown' | 'metered' | 'unmetered', string>;
  notStored: string;
}

/** Dates and times: which parts Intl gives (in the publication's locale) and the house order they are written in. */
export interface TimeWords {
  /** The parts of a publication time. */
  stampParts: Intl.DateTimeFormatOptions;
  /** A publication time ("5/22/23 at 9:21 a.m. ET"); `zone` is the zone's label. */
  stamp: (date: DateParts, zone: string) => string;
  /** The parts of a list's date. */
  shortParts: Intl.DateTimeFormatOptions;
  /** A list's date ("13 Jun 2020"). */
  short: (date: DateParts) => string;
  /** A time under a minute ago. */
  now: string;
  /** A relative time after a publication time (" (2 hours ago)"). */
  ago: (relative: string) => string;
}

/** A story's byline (drawn by the app and by index.html's early paint). */
export interface BylineWords {
  /** Said before the names (visually hidden). */
  by: string;
  /** The locale whose conjunction list (Intl.ListFormat) joins the names in the house style. */
  names: string;
  /** An author's name as written (isolated in a right-to-left language). */
  name: (name: string) => string;
  /** An author's role after the name. */
  role: (role: string) => string;
}

/** A story's two first tools, which index.html's early paint also draws (in their places, before the app). */
export interface ToolsWords {
  save: string;
  share: string;
}

/** A story page: its header, tools and body. */
export interface StoryWords {
  published: Rich;
  updated: Rich;
  /** The reading time, in minutes. */
  read: (minutes: number) => string;
  /** A publisher's update note, before its text ("Update 5/22/23 at 9:21 a.m. ET:"). */
  update: Rich;
  copied: string;
  /** Before the link field, when the link could not be copied. */
  copy: string;
  saving: string;
  saved: string;
  remove: string;
  /** The story's topics' navigation landmark. */
  topics: string;
  /** A call to action's landmark. */
  newsroom: string;
  /** A block changed since the last visit: its mark and what is said. */
  added: [string, string];
  edited: [string, string];
  /** After an external link's text (visually hidden). */
  newTab: string;
  /** An embedded post's network, after its author or alone. */
  on: (network: string, byAuthor: boolean) => string;
  viewPost: string;
  viewOn: (network: string) => string;
}

/** What the front page and a story page both show (their shared chunk): hot topics, a photo's credit, the sidebar. */
export interface PartsWords {
  hot: string;
  hideHot: string;
  /** Said before a photo's credit (visually hidden). */
  photo: string;
  /** The story sidebar's landmark. */
  more: string;
}

/** Page titles (<title>, share cards, feeds). */
export interface TitleWords {
  /** A page's title: its name, then the publication's ("News archive · Lede"). */
  page: (name: string) => string;
  /** The front page's title. */
  front: string;
}

/** Lists of stories: the front page, most popular, a topic, the story sidebar, long feeds, and a list that failed. */
export interface ListsWords {
  top: string;
  noStories: string;
  readOffline: string;
  offlineOffer: string;
  /** The front page's most popular landmark. */
  popular: string;
  weekPopular: string;
  popularTitle: string;
  ranked: string;
  similar: string;
  noSimilar: string;
  noRank: string;
  /** After the sidebar's archive link. */
  archiveLink: Rich;
  loadingMore: string;
  loadMore: string;
  end: string;
  /** A feed's next page, when it could not be loaded. */
  more: string;
  /** How many stories a feed shows (announced). */
  shown: (count: number) => string;
  latestIn: (topic: string) => string;
  noTopicStories: string;
  topicEnd: (topic: string) => string;
  /** A part of a page that could not be loaded (its title), and why. */
  failed: (what: string) => string;
  error: string;
  retrying: string;
  retry: string;
}

/** The archive page (/archive). */
export interface ArchiveWords {
  /** The parts of a day's heading. */
  dayParts: Intl.DateTimeFormatOptions;
  /** A day's heading ("Wednesday 1 May 2024"). */
  day: (date: DateParts) => string;
  before: (day: string) => string;
  latest: string;
  back: string;
  noneBefore: string;
  empty: string;
  end: string;
  /** The date field's label. */
  jump: string;
  go: string;
}

/** The search page (/search). */
export interface SearchWords {
  title: string;
  /** The title of a search for `query`, before the publication's name. */
  titleFor: (query: string) => string;
  results: (query: string) => string;
  none: (query: string) => string;
  end: string;
  empty: string;
}

/** Pages' descriptions for share cards and search engines (and feeds'). */
export interface MetaWords {
  front: string;
  archive: string;
}

/** What went wrong, said to readers: a request for content, and a page that failed. */
export interface ErrorsWords {
  /** Each kind of content error (src/api/errors.ts). */
  content: Record<'http' | 'not-found' | 'not-on-device' | 'timeout' | 'offline' | 'network' | 'invalid-json' | 'invalid-shape', string>;
  title: string;
  heading: string;
  /** After what went wrong. */
  still: string;
  retrying: string;
  retry: string;
  front: string;
}

/** Why a story could not be saved for offline reading (src/pwa/saved.ts). */
export type SavingWords = Record<'quota' | 'unavailable' | 'network' | 'content', string>;

/** The saved stories page (/saved) and lists of stories kept on the device. */
export interface SavedWords {
  title: string;
  checking: string;
  unreadable: string;
  /** How many stories are saved, and the room they take. */
  count: (count: number, size: string) => string;
  usage: (used: string, allowed: string) => string;
  downloaded: string;
  checkingDownloads: string;
  noDownload: string;
  refreshed: (time: string) => string;
  partial: string;
  /** The latest download, when it did not complete: when, how it ended, how far it got. */
  last: (time: string, cancelled: boolean, done: number, total: number) => string;
  oneByOne: string;
  noneSaved: string;
  remove: string;
  removeLabel: (headline: string) => string;
}

/** The pages that say a page cannot be shown: offline, not found. */
export interface OfflineWords {
  title: string;
  /** What is not stored on the device: a page or a story. */
  notStored: (story: boolean) => string;
  retrying: string;
  retry: string;
  saved: string;
  noSaved: string;
  recent: string;
  noRecent: string;
  manage: string;
  notFound: Record<'page' | 'story' | 'topic', string>;
  /** Why it was not found, by what was asked for. */
  missing: Record<'page' | 'story' | 'topic', string>;
  front: string;
  instead: string;
}

/** The progress of "Download for offline". */
export interface DownloadWords {
  /** The panel's landmark. */
  panel: string;
  bar: string;
  finding: string;
  running: (textOnly: boolean, done: number, total: number, size: string) => string;
  ready: (ready: number, total: number, size: string | null, failed: number) => string;
  cancelled: (ready: number, total: number, size: string | null) => string;
  notStarted: (why: string) => string;
  stopped: (ready: number, total: number, why: string | null) => string;
  cancelling: string;
  cancel: string;
  close: string;
}

/** A photo the data saver keeps until asked (src/components/PhotoOnRequest.tsx). */
export interface PhotoWords {
  /** In the photo's place, before its alt text. */
  alt: (alt: string) => string;
  /** The button, with the size of the file it loads when the source said it (already formatted). */
  load: (size: string | null) => string;
}

/** What changed in a story since the reader's last visit, and the offers a story page makes (update, resume). */
export interface ChangesWords {
  /** The story changed since `read` (a <time>), and was updated at `updated` if known. */
  changed: <T>(read: T, updated: T | null) => (string | T)[];
  now: string;
  marked: string;
  since: string;
  what: string;
  added: string;
  edited: string;
  removed: string;
  updated: string;
  show: string;
  /** The resume offer's landmark. */
  resume: string;
  /** How far the reader had read (0 to 1). */
  progress: (share: number) => string;
  carryOn: string;
  top: string;
  no: string;
}

/** Listen: the player's controls and what it announces before text that is not the story's own. */
export interface ListenWords {
  listen: string;
  /** The player's landmark. */
  panel: string;
  pause: string;
  resume: string;
  previous: string;
  next: string;
  /** After "Previous" and "Next" (visually hidden). */
  sentence: string;
  stop: string;
  speed: string;
  /** A speed, already formatted as a number. */
  rate: (speed: string) => string;
  extras: string;
  /** Where the reading is: sentence `at` (from 1) of `count`. */
  status: (paused: boolean, at: number, count: number) => string;
  caption: (sentence: string) => string;
  credit: (credit: string) => string;
  embed: (author: string, sentence: string) => string;
  embedOn: (network: string, sentence: string) => string;
}

/** Live coverage: its status, posts, key events and the offer of new posts. */
export interface LiveWords {
  live: string;
  ended: string;
  coverageEnded: Rich;
  lastUpdated: Rich;
  /** A post's mark when it was edited after it went out ("Updated 5/22/23 at 9:21 a.m. ET"). */
  edited: Rich;
  newPosts: (count: number) => string;
  /** Announced when new posts arrive. */
  arrived: (count: number) => string;
  show: (count: number) => string;
  /** A page title with the count of posts not yet shown ("(3) …"). */
  unread: (count: number, title: string) => string;
  keyPoints: string;
  keyEvents: string;
  keyEvent: string;
  pinnedPost: string;
  pinnedAt: (title: string | null) => string;
  readThere: string;
  latest: string;
  /** The latest posts, when they could not be loaded. */
  theLatest: string;
  loadingLatest: string;
  newer: string;
  none: string;
  older: string;
  loadingOlder: string;
  showOlder: string;
  began: string;
  missing: string;
  soFar: string;
  isNew: string;
  /** A post's call to action landmark: the pinned post's, or a post's of `time`. */
  newsroom: (time: string | null) => string;
}

/** The RSS feeds' descriptions (their titles are the pages'). */
export interface FeedWords {
  latest: (publication: string) => string;
  topic: (topic: string, publication: string) => string;
}

/** What index.html's frame says when the app cannot start (src/boot/boot-failure.ts, in the inline early script). */
export interface BootWords {
  failed: string;
  retry: string;
}

/** The app as installed and as index.html describes it (used at build time only: the manifest and the page's head). */
export interface AppWords {
  /** The manifest's description. */
  description: string;
  /** index.html's meta description. */
  summary: string;
  noscript: string;
  /** The manifest's shortcuts: their names and short names. */
  popular: [string, string];
  saved: [string, string];
}
