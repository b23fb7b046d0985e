// /preferences: theme, text size, motion and data saver, applied at once and remembered on this device; the download
// refresh.
import { useState, type ChangeEvent } from 'react';
import { connectionKind, readAutoRefresh, saveAutoRefresh } from '../../lib/download-settings';
import { DATA_SAVERS, MOTIONS, readPreferences, savePreferences, TEXT_SIZES, THEMES, type Preferences } from '../../lib/preferences';
import { shareDataSaverSetting } from '../../pwa/data-saver-record';
import { pageTitle } from '../../model/page-title';
import { display } from '#words/display';

interface ChoiceProps<K extends keyof Preferences> {
  name: K;
  legend: string;
  options: readonly Preferences[K][];
  value: Preferences[K];
  onChange: (name: K, value: Preferences[K]) => void;
  /** What the setting does, said after its options. */
  note?: string;
}

function Choice<K extends keyof Preferences>({ name, legend, options, value, onChange, note }: ChoiceProps<K>) {
  return (
    <fieldset className="preference" aria-describedby={note ? `${name}-note` : undefined}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="preference__option">
          <input
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(name, event.target.value as Preferences[K])}
          />{' '}
          {display.options[option as keyof typeof display.options]}
        </label>
      ))}
      {note && (
        <p id={`${name}-note`} className="preference__note">
          {note}
        </p>
      )}
    </fieldset>
  );
}

function AutoRefreshSetting({ onStored }: { onStored: (stored: boolean) => void }) {
  const [on, setOn] = useState(readAutoRefresh);
  const [connection] = useState(() => connectionKind());
  return (
    <fieldset className="preference">
      <legend>{display.offline}</legend>
      <label className="preference__option">
        <input
          type="checkbox"
          checked={on && connection !== 'unknown'}
          disabled={connection === 'unknown'}
          aria-describedby="auto-refresh-note"
          onChange={(event) => {
            setOn(event.target.checked);
            onStored(saveAutoRefresh(event.target.checked));
          }}
        />{' '}
        {display.autoRefresh}
      </label>
      <p id="auto-refresh-note" className="preference__note">
        {display.connection[connection]}
      </p>
    </fieldset>
  );
}

export function PreferencesPage() {
  const [preferences, setPreferences] = useState(readPreferences);
  const [stored, setStored] = useState(true);
  const change = <K extends keyof Preferences>(name: K, value: Preferences[K]) => {
    const next = { ...preferences, [name]: value };
    setPreferences(next);
    setStored(savePreferences(next));
    // The service worker, which keeps a story's photos with it unless the data saver is on, reads it there.
    if (name === 'dataSaver') void shareDataSaverSetting(next.dataSaver).catch(() => undefined);
  };
  return (
    <section className="page preferences-page">
      <title>{pageTitle(display.title)}</title>
      <h1 tabIndex={-1}>{display.title}</h1>
      <p>{display.intro}</p>
      <form onSubmit={(event) => event.preventDefault()}>
        <Choice name="theme" legend={display.theme} options={THEMES} value={preferences.theme} onChange={change} />
        <Choice name="textSize" legend={display.textSize} options={TEXT_SIZES} value={preferences.textSize} onChange={change} />
        <Choice name="motion" legend={display.motion} options={MOTIONS} value={preferences.motion} onChange={change} />
        <Choice
          name="dataSaver"
          legend={display.dataSaver}
          options={DATA_SAVERS}
          value={preferences.dataSaver}
          onChange={change}
          note={display.dataSaverNote}
        />
        <AutoRefreshSetting onStored={setStored} />
      </form>
      <p role="status" className="preferences-page__status">
        {stored ? '' : display.notStored}
      </p>
    </section>
  );
}
