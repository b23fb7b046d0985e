// Listen on a live page: a Listen control in each post's header, whose code loads once the posts show, and one post
// read aloud at a time (pressing Listen on a post stops the one being read).
import { lazy, Suspense, useMemo, useState, type ComponentType, type ReactNode } from 'react';
import type { Post } from '../../../api/post';
import type { Story } from '../../../api/story';
import { ListenTurnContext } from '../listen-turn';

// Offline before Listen's chunk was ever cached, the posts simply have no Listen.
const PostListen = lazy<ComponentType<{ post: Post; story: Pick<Story, 'slug' | 'headline' | 'hero'> }>>(() =>
  import('../Listen').then(
    (module) => ({ default: module.PostListen }),
    () => ({ default: () => null }),
  ),
);

export function ListenScope({ children }: { children: ReactNode }) {
  const [reading, setReading] = useState<string | null>(null);
  const turn = useMemo(() => ({ reading, take: setReading }), [reading]);
  return <ListenTurnContext value={turn}>{children}</ListenTurnContext>;
}

export function PostListenSlot({ post, story }: { post: Post; story: Pick<Story, 'slug' | 'headline' | 'hero'> }) {
  return (
    <Suspense fallback={null}>
      <PostListen post={post} story={story} />
    </Suspense>
  );
}
