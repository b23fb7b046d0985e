// The hot-topics bar: a row of topic links the reader can dismiss; the dismissal is remembered.
import { useState } from 'react';
import { AppLink } from './AppLink';
import type { TopicRef } from '../api/topic';
import { hotTopicsSignature } from '../lib/hot-topics-signature';
import { readStored, writeStored } from '../lib/storage';
import { HOT_TOPICS_DISMISSED_KEY } from '../lib/storage-keys';
import { parts as words } from '#words/parts';

export { HOT_TOPICS_DISMISSED_KEY };

/** The bar comes back only when the set of hot topics changes. */
const signature = (topics: TopicRef[]) => hotTopicsSignature(topics.map((topic) => topic.slug));

export function HotTopics({ topics }: { topics: TopicRef[] }) {
  const [dismissed, setDismissed] = useState(() => readStored(HOT_TOPICS_DISMISSED_KEY) === signature(topics));
  if (dismissed || topics.length === 0) return null;

  const dismiss = () => {
    writeStored(HOT_TOPICS_DISMISSED_KEY, signature(topics));
    setDismissed(true);
  };

  return (
    <nav className="hot-topics" aria-label={words.hot}>
      <h2 className="hot-topics__label">{words.hot}</h2>
      <ul className="hot-topics__list">
        {topics.map((topic) => (
          <li key={topic.slug}>
            <AppLink to={`/topic/${topic.slug}`}>{topic.name}</AppLink>
          </li>
        ))}
      </ul>
      <button type="button" className="hot-topics__close" onClick={dismiss} aria-label={words.hideHot}>
        <span aria-hidden="true">×</span>
      </button>
    </nav>
  );
}
