// Draws people: one standing figure (arms, sign) and crowds of them in rows that fade into the haze.
import { mix, f, CLOTHES, SKIN } from './context.mjs';

export function person(c, x, y, h, color, { arms = 0, skin, sign } = {}) {
  const head = skin ?? c.pick(SKIN);
  const legs = mix(color, '#1d2128', 0.55);
  let s = '';
  if (arms) {
    const sw = h * 0.075;
    s += `<path d="M${f(x - h * 0.1)} ${f(y - h * 0.74)} L${f(x - h * 0.2)} ${f(y - h * 1.05)} M${f(x + h * 0.1)} ${f(y - h * 0.74)} L${f(x + h * 0.22 * arms)} ${f(y - h * (0.7 + 0.35 * arms))}" stroke="${color}" stroke-width="${f(sw)}" stroke-linecap="round" fill="none"/>`;
  }
  if (sign) {
    s += `<rect x="${f(x - h * 0.02)}" y="${f(y - h * 1.45)}" width="3" height="${f(h * 0.6)}" fill="#6b5a44"/>`;
    s += `<rect x="${f(x - h * 0.22)}" y="${f(y - h * 1.55)}" width="${f(h * 0.44)}" height="${f(h * 0.28)}" fill="${sign}"/>`;
  }
  s += `<rect x="${f(x - h * 0.1)}" y="${f(y - h * 0.45)}" width="${f(h * 0.2)}" height="${f(h * 0.45)}" fill="${legs}"/>`;
  s += `<rect x="${f(x - h * 0.15)}" y="${f(y - h * 0.8)}" width="${f(h * 0.3)}" height="${f(h * 0.42)}" rx="${f(h * 0.07)}" fill="${color}"/>`;
  s += `<circle cx="${f(x)}" cy="${f(y - h * 0.89)}" r="${f(h * 0.085)}" fill="${head}"/>`;
  c.add(s);
}

export function crowd(c, yBack, yFront, { rows = 6, hBack = 50, hFront = 380, fade, arms = 0, signs = 0, dark = false }) {
  const haze = fade ?? c.T.haze;
  for (let i = 0; i < rows; i++) {
    const t = rows === 1 ? 1 : i / (rows - 1);
    const h = hBack + (hFront - hBack) * t;
    const y = yBack + (yFront - yBack) * t;
    const fadeBy = (1 - t) * 0.55;
    let x = c.r(-h * 0.3, h * 0.2);
    while (x < c.W + h * 0.3) {
      let col = mix(c.pick(CLOTHES), haze, fadeBy);
      let skin = mix(c.pick(SKIN), haze, fadeBy);
      if (dark) {
        col = mix(col, '#0b0f18', 0.6 + 0.3 * t);
        skin = mix(skin, '#0b0f18', 0.7 + 0.25 * t);
      }
      person(c, x, y + c.r(-h * 0.04, h * 0.04), h * c.r(0.9, 1.08), col, {
        skin,
        arms: c.chance(arms) ? c.r(0.6, 1) : 0,
        sign: c.chance(signs) ? mix(c.pick(['#e8e2d0', '#d9c27a', '#c96f55', '#9fb7c9']), haze, fadeBy) : undefined,
      });
      x += h * c.r(0.3, 0.42);
    }
  }
}
