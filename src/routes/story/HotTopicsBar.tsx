// The hot-topics bar above a story: quiet while loading, absent when it fails (it is not the story).
import { useQuery } from '@tanstack/react-query';
import { HOT_TOPICS_DISMISSED_KEY, HotTopics } from '../../components/HotTopics';
import { readStored } from '../../lib/storage';
import { hotTopicsQuery } from '../../queries/topics';

export function HotTopicsBar() {
  const { data, isError } = useQuery(hotTopicsQuery());
  if (!data) {
    // A failed bar leaves nothing behind: no message, and no empty band holding space above the story.
    if (isError) return null;
    // Hold the bar's height while it loads so the story below does not move; a dismissed bar holds nothing.
    return readStored(HOT_TOPICS_DISMISSED_KEY) === null ? <div className="hot-topics hot-topics--placeholder" aria-hidden="true" /> : null;
  }
  return <HotTopics topics={data} />;
}
