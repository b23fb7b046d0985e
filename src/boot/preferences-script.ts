// The inline script in index.html's <head> that applies stored display preferences before the first paint
// (no flash of the wrong theme or text size). Mirrors applyPreferences in src/lib/preferences.ts.
import { MOTIONS, PREFERENCES_KEY, TEXT_SIZES, THEMES } from '../lib/preferences';

export function preferencesScript(): string {
  const allowed = JSON.stringify({ 'data-theme': [THEMES, 'system', 'theme'], 'data-text-size': [TEXT_SIZES, 'medium', 'textSize'], 'data-motion': [MOTIONS, 'system', 'motion'] });
  return `(function(){try{var p=JSON.parse(localStorage.getItem(${JSON.stringify(PREFERENCES_KEY)})||"{}")||{};var a=${allowed};var r=document.documentElement;
for(var k in a){var v=p[a[k][2]];if(a[k][0].indexOf(v)>-1&&v!==a[k][1])r.setAttribute(k,v);}}catch(e){}})();`;
}
