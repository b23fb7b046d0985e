// Draws built things the scenes reuse: lit window grids, city skylines, sailing boats, ferries and wind turbines.
import { mix, f, LAMP } from './context.mjs';

export function windowGrid(c, x, y, w, h, { cols, rows, lit = 0, color, litColor = LAMP, pad = 0.25 }) {
  const cw = w / cols;
  const rh = h / rows;
  const dark = [];
  const bright = [];
  for (let i = 0; i < cols; i++) {
    for (let j = 0; j < rows; j++) {
      const rect = `<rect x="${f(x + i * cw + cw * pad)}" y="${f(y + j * rh + rh * pad)}" width="${f(cw * (1 - 2 * pad))}" height="${f(rh * (1 - 2 * pad))}"/>`;
      if (c.chance(lit)) bright.push(rect);
      else dark.push(rect);
    }
  }
  if (dark.length) c.add(`<g fill="${color}">${dark.join('')}</g>`);
  if (bright.length) c.add(`<g fill="${litColor}" opacity="0.85">${bright.join('')}</g>`);
}

export function skyline(c, baseY, { minH, maxH, color, x0 = -20, x1 = c.W + 20, windows = false }) {
  const { T } = c;
  let x = x0;
  while (x < x1) {
    const w = c.r(40, 130);
    const h = c.r(minH, maxH);
    c.add(`<rect x="${f(x)}" y="${f(baseY - h)}" width="${f(w + 1)}" height="${f(h + 2)}" fill="${color}"/>`);
    if (c.chance(0.25))
      c.add(`<rect x="${f(x + w * 0.2)}" y="${f(baseY - h - h * 0.12)}" width="${f(w * 0.5)}" height="${f(h * 0.12 + 1)}" fill="${color}"/>`);
    if (c.chance(0.12)) c.add(`<rect x="${f(x + w * 0.5)}" y="${f(baseY - h - h * 0.3)}" width="3" height="${f(h * 0.3)}" fill="${color}"/>`);
    if (windows && w > 50 && h > 40) {
      windowGrid(c, x + 6, baseY - h + 8, w - 12, h - 12, {
        cols: Math.max(2, Math.round(w / 18)),
        rows: Math.max(2, Math.round(h / 22)),
        lit: T.night ? 0.35 : 0,
        color: mix(color, T.night ? '#000000' : T.skyBottom, T.night ? 0.2 : 0.25),
        pad: 0.3,
      });
    }
    x += w + c.r(-10, 8);
  }
}

export function boat(c, x, y, s, hull = '#e8e4da') {
  const { T } = c;
  const col = T.night ? mix(hull, '#0a0f18', 0.7) : hull;
  c.add(
    `<path d="M${f(x - s * 0.5)} ${f(y - s * 0.12)} L${f(x + s * 0.5)} ${f(y - s * 0.12)} L${f(x + s * 0.38)} ${f(y)} L${f(x - s * 0.4)} ${f(y)} Z" fill="${col}"/>`,
  );
  c.add(`<rect x="${f(x - 1.5)}" y="${f(y - s * 0.95)}" width="3" height="${f(s * 0.85)}" fill="${mix(col, '#333333', 0.5)}"/>`);
  c.add(
    `<path d="M${f(x + 3)} ${f(y - s * 0.9)} L${f(x + s * 0.38)} ${f(y - s * 0.18)} L${f(x + 3)} ${f(y - s * 0.18)} Z" fill="${mix('#f1ede2', T.haze, 0.3)}"/>`,
  );
  c.add(
    `<path d="M${f(x - 3)} ${f(y - s * 0.7)} L${f(x - s * 0.3)} ${f(y - s * 0.18)} L${f(x - 3)} ${f(y - s * 0.18)} Z" fill="${mix('#d8d2c4', T.haze, 0.3)}"/>`,
  );
}

export function ferry(c, x, y, s) {
  const { T } = c;
  const dim = T.night ? 0.6 : 0;
  const hull = mix('#2f3f55', '#000000', dim);
  const upper = mix('#e6e2d8', '#1b2233', dim);
  const stripe = mix('#b5543c', '#1b2233', dim);
  c.add(
    `<path d="M${f(x - s * 0.5)} ${f(y - s * 0.16)} L${f(x + s * 0.52)} ${f(y - s * 0.16)} L${f(x + s * 0.45)} ${f(y)} L${f(x - s * 0.46)} ${f(y)} Z" fill="${hull}"/>`,
  );
  c.add(`<rect x="${f(x - s * 0.5)}" y="${f(y - s * 0.2)}" width="${f(s * 1.02)}" height="${f(s * 0.04)}" fill="${stripe}"/>`);
  c.add(`<rect x="${f(x - s * 0.4)}" y="${f(y - s * 0.34)}" width="${f(s * 0.8)}" height="${f(s * 0.14)}" fill="${upper}"/>`);
  c.add(`<rect x="${f(x - s * 0.26)}" y="${f(y - s * 0.45)}" width="${f(s * 0.46)}" height="${f(s * 0.11)}" fill="${upper}"/>`);
  c.add(`<rect x="${f(x + s * 0.05)}" y="${f(y - s * 0.58)}" width="${f(s * 0.08)}" height="${f(s * 0.13)}" fill="${stripe}"/>`);
  windowGrid(c, x - s * 0.38, y - s * 0.32, s * 0.76, s * 0.09, {
    cols: 18,
    rows: 1,
    lit: T.night ? 0.9 : 0,
    color: mix('#3b4658', upper, 0.2),
    pad: 0.2,
  });
  windowGrid(c, x - s * 0.24, y - s * 0.43, s * 0.42, s * 0.07, {
    cols: 9,
    rows: 1,
    lit: T.night ? 0.8 : 0,
    color: mix('#3b4658', upper, 0.2),
    pad: 0.2,
  });
}

export function turbine(c, x, y, h, angle, color) {
  c.add(
    `<path d="M${f(x - h * 0.018)} ${f(y)} L${f(x + h * 0.018)} ${f(y)} L${f(x + h * 0.008)} ${f(y - h)} L${f(x - h * 0.008)} ${f(y - h)} Z" fill="${color}"/>`,
  );
  const blades = [0, 120, 240]
    .map(
      (a) =>
        `<path transform="rotate(${f(angle + a)} ${f(x)} ${f(y - h)})" d="M${f(x)} ${f(y - h)} L${f(x - h * 0.025)} ${f(y - h - h * 0.08)} L${f(x)} ${f(y - h - h * 0.5)} L${f(x + h * 0.012)} ${f(y - h - h * 0.08)} Z"/>`,
    )
    .join('');
  c.add(`<g fill="${color}">${blades}</g><circle cx="${f(x)}" cy="${f(y - h)}" r="${f(h * 0.025)}" fill="${color}"/>`);
}
