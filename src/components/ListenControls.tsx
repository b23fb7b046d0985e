// Listen's controls: the "Listen" toggle beside a story's tools, and while it is on, the player fixed at the screen's
// foot (so it stays at hand as the page follows the reading, and moves nothing when it appears).
import type { Ref } from 'react';
import type { ListenStatus } from '../model/listen-player';
import { listen as words } from '#words/listen';

interface Props {
  status: ListenStatus;
  /** The utterance being read, from 0, and how many there are. */
  index: number;
  count: number;
  speed: number;
  speeds: readonly number[];
  /** Captions, credits and embedded posts are read. */
  extras: boolean;
  /** The language the speeds are written in. */
  lang: string;
  panelRef?: Ref<HTMLElement>;
  buttonRef?: Ref<HTMLButtonElement>;
  onListen: () => void;
  onStop: () => void;
  onPause: () => void;
  onResume: () => void;
  onPrevious: () => void;
  onNext: () => void;
  onSpeed: (speed: number) => void;
  onExtras: (extras: boolean) => void;
}

export function ListenControls({ status, index, count, speed, speeds, extras, lang, panelRef, buttonRef, ...handlers }: Props) {
  const active = status !== 'idle';
  const rate = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  return (
    <>
      <button type="button" ref={buttonRef} className="listen-button" aria-pressed={active} onClick={active ? handlers.onStop : handlers.onListen}>
        {words.listen}
      </button>
      {active && (
        <section className="listen-panel" ref={panelRef} aria-label={words.panel}>
          <div className="listen-panel__buttons">
            <button type="button" onClick={status === 'playing' ? handlers.onPause : handlers.onResume}>
              {status === 'playing' ? words.pause : words.resume}
            </button>
            <button type="button" onClick={handlers.onPrevious}>
              <span className="listen-panel__arrow" aria-hidden="true">
                ‹
              </span>{' '}
              <span className="listen-panel__word">{words.previous}</span>
              <span className="visually-hidden">{words.sentence}</span>
            </button>
            <button type="button" onClick={handlers.onNext}>
              <span className="listen-panel__word">{words.next}</span>
              <span className="visually-hidden">{words.sentence}</span>{' '}
              <span className="listen-panel__arrow" aria-hidden="true">
                ›
              </span>
            </button>
            <button type="button" onClick={handlers.onStop}>
              {words.stop}
            </button>
          </div>
          <div className="listen-panel__settings">
            <label className="listen-panel__speed">
              {words.speed}{' '}
              <select value={speed} onChange={(event) => handlers.onSpeed(Number(event.currentTarget.value))}>
                {speeds.map((value) => (
                  <option key={value} value={value}>
                    {words.rate(rate.format(value))}
                  </option>
                ))}
              </select>
            </label>
            <label className="listen-panel__extras">
              <input type="checkbox" checked={extras} onChange={(event) => handlers.onExtras(event.currentTarget.checked)} /> {words.extras}
            </label>
          </div>
          <p className="listen-panel__status" aria-live="polite">
            {words.status(status === 'paused', index + 1, count)}
          </p>
        </section>
      )}
    </>
  );
}
