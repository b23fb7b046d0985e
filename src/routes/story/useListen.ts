// Listen's player on a page: runs the speech engine from the player's state, marks and follows what is read, drives
// the Media Session, and remembers the speed, the captions setting and where reading stopped.
import { useContext, useEffect, useReducer, useRef, useState, type RefObject } from 'react';
import { readListenPlace, readListenSettings, saveListenPlace, saveListenSettings, type ListenSettings } from '../../lib/listen-memory';
import { claimMediaSession, setPlaybackState } from '../../lib/media-session';
import { localVoice, speak } from '../../lib/speech';
import { initialPlayer, playerReducer } from '../../model/listen-player';
import { resumeIndex, type Utterance } from '../../model/listen-script';
import { createFollower, markUtterance } from './listen-marks';
import { ListenTurnContext } from './listen-turn';

/** The device's own voice for `lang`, once the browser has listed its voices (they may arrive later: `voiceschanged`). */
export function useLocalVoice(synth: SpeechSynthesis | null, lang: string): SpeechSynthesisVoice | null {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  useEffect(() => {
    if (!synth) return;
    // Some browsers hand out new voice objects on each call: keep the one held while it is the same voice.
    const update = () => {
      const found = localVoice(synth.getVoices(), lang);
      setVoice((held) => (held && found && held.voiceURI === found.voiceURI ? held : found));
    };
    update();
    synth.addEventListener('voiceschanged', update);
    return () => synth.removeEventListener('voiceschanged', update);
  }, [synth, lang]);
  return voice;
}

export function useListenSettings() {
  const [settings, setSettings] = useState(readListenSettings);
  const update = (change: Partial<ListenSettings>) => {
    const next = { ...settings, ...change };
    setSettings(next);
    saveListenSettings(next);
  };
  return [settings, update] as const;
}

interface Options {
  synth: SpeechSynthesis;
  voice: SpeechSynthesisVoice;
  script: readonly Utterance[];
  /** Where the place is remembered: a story's slug, or a post's address. */
  memoryKey: string;
  /** The element whose text is read (the story's article, or the post). */
  root: RefObject<HTMLElement | null>;
  /** The player, to keep the followed sentence clear of it. */
  panel: RefObject<HTMLElement | null>;
  /** The remembered speed to start at. */
  speed: number;
  metadata: MediaMetadataInit;
}

export function useListen({ synth, voice, script, memoryKey, root, panel, speed, metadata }: Options) {
  const [state, dispatch] = useReducer(playerReducer, undefined, () =>
    initialPlayer(script.length, resumeIndex(script, readListenPlace(memoryKey)), speed),
  );
  // A new script (the story was updated, captions turned on or off) keeps the place at the same sentence.
  const [shownScript, setShownScript] = useState(script);
  if (script !== shownScript) {
    const sentence = shownScript[state.index]?.sentence;
    setShownScript(script);
    dispatch({ type: 'script', count: script.length, index: sentence === undefined ? 0 : resumeIndex(script, { index: state.index, sentence }) });
  }
  const on = state.status !== 'idle';

  // On a live page one post is read at a time: reading waits for the turn, and gives way when another post takes it
  // (silent from the render that hands the turn over, so its cancel cannot cut the next post's first words).
  const turn = useContext(ListenTurnContext);
  const holdsTurn = !turn || turn.reading === memoryKey;
  useEffect(() => {
    if (on) turn?.take(memoryKey);
  }, [on, turn, memoryKey]);
  useEffect(() => {
    if (turn?.reading && turn.reading !== memoryKey) dispatch({ type: 'stop' });
  }, [turn?.reading, memoryKey]);

  // The rate is read when an utterance starts: a new speed applies from the next sentence.
  const rate = useRef(state.speed);
  useEffect(() => {
    rate.current = state.speed;
  }, [state.speed]);
  const utterance = state.status === 'playing' && holdsTurn ? shownScript[state.index] : undefined;
  useEffect(() => {
    if (!utterance) return;
    return speak(synth, utterance.text, { voice, rate: rate.current }, (outcome) => dispatch({ type: outcome === 'ended' ? 'ended' : 'pause' }));
  }, [synth, voice, utterance]);

  const follow = useRef<ReturnType<typeof createFollower> | null>(null);
  useEffect(() => {
    if (!on) return;
    follow.current = createFollower(() => {
      const top = panel.current?.getBoundingClientRect().top;
      return top === undefined ? 0 : Math.max(0, window.innerHeight - top);
    });
    return () => {
      follow.current = null;
    };
  }, [on, panel]);
  useEffect(() => {
    const element = root.current;
    if (!on || !element) return;
    const { target, clear } = markUtterance(element, shownScript, state.index);
    follow.current?.(target);
    return clear;
  }, [on, root, shownScript, state.index]);

  useEffect(() => {
    saveListenPlace(memoryKey, state.index > 0 ? { index: state.index, sentence: shownScript[state.index]?.sentence ?? '' } : null);
  }, [memoryKey, shownScript, state.index]);

  const metadataRef = useRef(metadata);
  useEffect(() => {
    if (!on) return;
    return claimMediaSession(metadataRef.current, {
      play: () => dispatch({ type: 'play' }),
      pause: () => dispatch({ type: 'pause' }),
      previoustrack: () => dispatch({ type: 'previous' }),
      nexttrack: () => dispatch({ type: 'next' }),
    });
  }, [on]);
  useEffect(() => {
    if (state.status !== 'idle') setPlaybackState(state.status);
  }, [state.status]);

  return { state, dispatch };
}
