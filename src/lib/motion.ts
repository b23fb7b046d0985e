// Whether the reader asked for reduced motion: the system's setting or the app's own (Display, `html[data-motion]`).
export const reducedMotion = () =>
  document.documentElement.dataset.motion === 'reduce' || window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
