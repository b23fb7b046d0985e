// /preferences: theme, text size and motion, applied at once and remembered on this device.
import { useState, type ChangeEvent } from 'react';
import { MOTIONS, readPreferences, savePreferences, TEXT_SIZES, THEMES, type Preferences } from '../../lib/preferences';

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
}

function Choice<K extends keyof Preferences>({ name, legend, options, value, onChange }: ChoiceProps<K>) {
  return (
    <fieldset className="preference">
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
          {option === 'system' && name === 'motion' ? 'Follow my device' : LABELS[option]}
        </label>
      ))}
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
      </form>
      <p role="status" className="preferences-page__status">
        {stored ? '' : 'These settings apply now but could not be remembered: this browser is not letting Lede store them.'}
      </p>
    </section>
  );
}
