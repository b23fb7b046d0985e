// Listen on a story page and on a live coverage post: reads the text aloud with the device's own voice. A chunk of
// its own that the page loads after it has rendered; the control shows only once a local voice is there.
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Image } from '../../api/image';
import type { Post } from '../../api/post';
import type { Story } from '../../api/story';
import { ListenControls } from '../../components/ListenControls';
import { postAnchor } from '../../lib/live-anchors';
import { PUBLICATION } from '../../lib/publication';
import { renditionsByWidth } from '../../lib/renditions';
import { safeImageSrc } from '../../lib/safe-url';
import { clampSpeed, SPEEDS } from '../../model/listen-player';
import { postScript, storyScript, type ScriptOptions, type Utterance } from '../../model/listen-script';
import { useListen, useListenSettings, useLocalVoice } from './useListen';
import { useHydrated } from '../../lib/hydration';
import '../../styles/listen.css';

/** The language the text is in: the publication's. */
const pageLanguage = () => PUBLICATION.language;

/** The hero photo for the lock screen, every safe width of it. */
function artwork(image: Image | null | undefined): MediaImage[] {
  const src = image && safeImageSrc(image.url);
  if (!image || !src) return [];
  const ratio = image.height / image.width;
  return [...renditionsByWidth(image.renditions), { url: src, width: image.width }].map(({ url, width }) => ({
    src: new URL(url, window.location.href).href,
    sizes: `${width}x${Math.round(width * ratio)}`,
  }));
}

interface PlayerProps {
  synth: SpeechSynthesis;
  voice: SpeechSynthesisVoice;
  lang: string;
  memoryKey: string;
  scriptOf: (options: ScriptOptions) => Utterance[];
  metadata: MediaMetadataInit;
}

function Player({ synth, voice, lang, memoryKey, scriptOf, metadata }: PlayerProps) {
  const [settings, updateSettings] = useListenSettings();
  const script = useMemo(() => scriptOf({ lang, extras: settings.extras }), [scriptOf, lang, settings.extras]);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);
  // What is read is the article (the story, or the post) the control sits in.
  const root = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    root.current = button.current?.closest('article') ?? null;
  }, []);
  const { state, dispatch } = useListen({ synth, voice, script, memoryKey, root, panel, speed: settings.speed, metadata });
  const on = state.status !== 'idle';

  // The player leaving (the story's end) takes the focus with it: give it back to the Listen button.
  const wasOn = useRef(on);
  useLayoutEffect(() => {
    if (wasOn.current && !on && document.activeElement === document.body) button.current?.focus();
    wasOn.current = on;
  }, [on]);

  return (
    <ListenControls
      status={state.status}
      index={state.index}
      count={state.count}
      speed={state.speed}
      speeds={SPEEDS}
      extras={settings.extras}
      lang={lang}
      buttonRef={button}
      panelRef={panel}
      onListen={() => dispatch({ type: 'play' })}
      onStop={() => dispatch({ type: 'stop' })}
      onPause={() => dispatch({ type: 'pause' })}
      onResume={() => dispatch({ type: 'play' })}
      onPrevious={() => dispatch({ type: 'previous' })}
      onNext={() => dispatch({ type: 'next' })}
      onSpeed={(speed) => {
        dispatch({ type: 'speed', speed });
        updateSettings({ speed: clampSpeed(speed) });
      }}
      onExtras={(extras) => updateSettings({ extras })}
    />
  );
}

/** The player once the device has a voice of its own for the page's language; nothing until then, or ever. */
function LocalVoicePlayer(props: Omit<PlayerProps, 'synth' | 'voice' | 'lang'>) {
  const [synth] = useState(() => ('speechSynthesis' in window ? window.speechSynthesis : null));
  const [lang] = useState(pageLanguage);
  const voice = useLocalVoice(synth, lang);
  return synth && voice ? <Player synth={synth} voice={voice} lang={lang} {...props} /> : null;
}

function StoryPlayer({ story }: { story: Story }) {
  const scriptOf = useCallback((options: ScriptOptions) => storyScript(story, options), [story]);
  const metadata = useMemo(() => ({ title: story.headline, artist: PUBLICATION.name, artwork: artwork(story.hero) }), [story]);
  return <LocalVoicePlayer memoryKey={story.slug} scriptOf={scriptOf} metadata={metadata} />;
}

function PostPlayer({ post, story }: { post: Post; story: Pick<Story, 'slug' | 'headline' | 'hero'> }) {
  const scriptOf = useCallback((options: ScriptOptions) => postScript(post, options), [post]);
  const metadata = useMemo(
    () => ({ title: post.title ?? story.headline, artist: PUBLICATION.name, album: story.headline, artwork: artwork(story.hero) }),
    [post, story],
  );
  return <LocalVoicePlayer memoryKey={`${story.slug}#${postAnchor(post.id)}`} scriptOf={scriptOf} metadata={metadata} />;
}

// The device's voices are the browser's to know: nothing on the server, nor while the browser hydrates its HTML.
export function StoryListen(props: { story: Story }) {
  return useHydrated() ? <StoryPlayer {...props} /> : null;
}

export function PostListen(props: { post: Post; story: Pick<Story, 'slug' | 'headline' | 'hero'> }) {
  return useHydrated() ? <PostPlayer {...props} /> : null;
}
