// /preferences: theme, text size, motion and data saver, applied at once and remembered on this device; the download
// refresh.
import { useState, type ChangeEvent } from 'react';
import { connectionKind, readAutoRefresh, saveAutoRefresh, type ConnectionKind } from '../../lib/download-settings';
import { DATA_SAVERS, MOTIONS, readPreferences, savePreferences, TEXT_SIZES, THEMES, type Preferences } from '../../lib/preferences';
import { shareDataSaverSetting } from '../../pwa/data-saver-record';
import { display } from '#words/display';

const LABELS: Record<string, string> = {
  system: 'Follow my device',
  light: 'Light',
  dark: 'Dark',
  small: 'Small',
  medium: 'Standard',
  large: 'Large',
  'x-large': 'Extra large',
  reduce: 'Reduce motion',
};

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
          {option === 'system' && name === 'motion' ? 'Follow my device' : (LABELS[option] ?? display.options[option])}
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

const CONNECTION_NOTES: Record<ConnectionKind, string> = {
  unknown:
    'This browser does not say whether your connection is metered or in data-saving mode, so Lede cannot tell and never downloads on its own here. Use “Download for offline” instead.',
  metered: 'Your connection is marked as metered or data-saving right now, so Lede will not refresh the download until it is not.',
  unmetered: 'Your connection is not marked as metered or data-saving, so Lede can refresh the download when it opens.',
};

function AutoRefreshSetting({ onStored }: { onStored: (stored: boolean) => void }) {
  const [on, setOn] = useState(readAutoRefresh);
  const [connection] = useState(() => connectionKind());
  return (
    <fieldset className="preference">
      <legend>Offline reading</legend>
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
        Refresh my download of the top stories when Lede opens on a connection that is not metered
      </label>
      <p id="auto-refresh-note" className="preference__note">
        {CONNECTION_NOTES[connection]}
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
      <title>Display preferences · Lede</title>
      <h1 tabIndex={-1}>Display preferences</h1>
      <p>Changes apply at once and are remembered on this device.</p>
      <form onSubmit={(event) => event.preventDefault()}>
        <Choice name="theme" legend="Theme" options={THEMES} value={preferences.theme} onChange={change} />
        <Choice name="textSize" legend="Text size" options={TEXT_SIZES} value={preferences.textSize} onChange={change} />
        <Choice name="motion" legend="Motion" options={MOTIONS} value={preferences.motion} onChange={change} />
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
        {stored ? '' : 'These settings apply now but could not be remembered: this browser is not letting Lede store them.'}
      </p>
    </section>
  );
}
