// Draws the mock news photos as code-made SVG scenes and renders each to WebP renditions.
// Input: mocks/fixtures/image-specs.json ([{ id, scene, variant?, time?, rain?, aspect }]).
// Output: public/images/<id>-<width>.webp for every width, and mocks/fixtures/images.json with
// the largest rendition's size. Everything is seeded from the image id, so reruns are identical.
import { mkdir, readFile, readdir, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const specFile = path.join(root, 'mocks/fixtures/image-specs.json');
const sizesFile = path.join(root, 'mocks/fixtures/images.json');
const outDir = path.join(root, 'public/images');

const WIDTHS = [480, 960, 1600];
const ASPECTS = { '16:9': [1600, 900], '4:3': [1600, 1200], '3:2': [1600, 1067] };

// ---------------------------------------------------------------- randomness and colour

function hashString(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

function mulberry32(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hexToRgb(hex) {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function mix(a, b, t) {
  const x = hexToRgb(a);
  const y = hexToRgb(b);
  const c = x.map((v, i) => Math.round(v + (y[i] - v) * t));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

const f = (n) => Math.round(n * 10) / 10;

const TIMES = {
  dawn: { skyTop: '#5d6f96', skyBottom: '#efc3a0', sun: '#f8dcb0', water: '#586f88', land: '#47544b', haze: '#dcb59c', low: true },
  day: { skyTop: '#6f9bc0', skyBottom: '#dae4ea', sun: '#fbf3dc', water: '#4f7892', land: '#5c7654', haze: '#c9d8e0' },
  summer: { skyTop: '#6395c0', skyBottom: '#efe2c4', sun: '#fff4d6', water: '#5b8aa0', land: '#a2935f', haze: '#e4d9be' },
  dusk: { skyTop: '#333f5e', skyBottom: '#dc916b', sun: '#f2b07a', water: '#3b4a63', land: '#363b44', haze: '#b9876f', low: true },
  night: { skyTop: '#0c1526', skyBottom: '#2a3955', moon: '#e8e5d6', water: '#132033', land: '#151b25', haze: '#2d3b57', night: true },
  overcast: { skyTop: '#7d878f', skyBottom: '#c4c9cc', water: '#5d6b73', land: '#54604e', haze: '#b6bcbf', grey: true },
  fog: { skyTop: '#a9afb2', skyBottom: '#d7dad8', water: '#97a0a3', land: '#7a837a', haze: '#d0d4d2', grey: true, fog: true },
  snow: { skyTop: '#96a2ad', skyBottom: '#dfe3e8', water: '#6b7c89', land: '#dce2e7', haze: '#d3d9df', grey: true, snow: true },
  storm: { skyTop: '#363e48', skyBottom: '#788187', water: '#3b484f', land: '#3c473d', haze: '#6c757a', grey: true },
};

const CLOTHES = ['#3d4a5c', '#6b4f4f', '#4f6b5a', '#8a7a5c', '#2f3540', '#7a5a6e', '#5c6f7a', '#a0674b', '#454545', '#6d7b8c', '#8c5a3c', '#37514f', '#b08d57', '#5a4a6b'];
const SKIN = ['#e0b899', '#c99a78', '#a8775a', '#7d5840', '#5e4030', '#edc9ad'];
const LAMP = '#f5d68f';

// ---------------------------------------------------------------- drawing context

function makeContext(spec) {
  const [W, H] = ASPECTS[spec.aspect ?? '16:9'];
  const rnd = mulberry32(hashString(spec.id));
  const T = TIMES[spec.time ?? 'day'];
  const defs = [];
  const out = [];
  let next = 0;
  const stops = (list) =>
    list.map(([o, col, op = 1]) => `<stop offset="${o}" stop-color="${col}" stop-opacity="${op}"/>`).join('');
  const c = {
    W,
    H,
    T,
    spec,
    r: (a = 0, b = 1) => a + (b - a) * rnd(),
    ri: (a, b) => Math.floor(a + (b - a + 1) * rnd()),
    pick: (list) => list[Math.floor(rnd() * list.length)],
    chance: (p) => rnd() < p,
    add: (s) => out.push(s),
    lin(list, x1 = 0, y1 = 0, x2 = 0, y2 = 1) {
      const id = `g${next++}`;
      defs.push(`<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${stops(list)}</linearGradient>`);
      return `url(#${id})`;
    },
    rad(list, cx = 0.5, cy = 0.5, r = 0.5) {
      const id = `g${next++}`;
      defs.push(`<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}">${stops(list)}</radialGradient>`);
      return `url(#${id})`;
    },
    svg: () =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><defs>${defs.join('')}</defs>${out.join('')}</svg>`,
  };
  return c;
}

// ---------------------------------------------------------------- shared pieces

function glow(c, x, y, radius, color, strength = 0.6) {
  c.add(`<circle cx="${f(x)}" cy="${f(y)}" r="${f(radius)}" fill="${c.rad([[0, color, strength], [0.35, color, strength * 0.35], [1, color, 0]])}"/>`);
}

function cloud(c, x, y, w, color, opacity) {
  const parts = [];
  const n = c.ri(4, 7);
  for (let i = 0; i < n; i++) {
    const cx = x + (i / (n - 1) - 0.5) * w;
    const ry = w * c.r(0.08, 0.18) * (1 - Math.abs(i / (n - 1) - 0.5));
    parts.push(`<ellipse cx="${f(cx)}" cy="${f(y - ry * 0.4)}" rx="${f(w * c.r(0.14, 0.22))}" ry="${f(ry + w * 0.04)}"/>`);
  }
  parts.push(`<ellipse cx="${f(x)}" cy="${f(y)}" rx="${f(w * 0.55)}" ry="${f(w * 0.05)}"/>`);
  c.add(`<g fill="${color}" opacity="${f(opacity * 100) / 100}">${parts.join('')}</g>`);
}

function sky(c, horizon, { sun = true, clouds = true, sunX } = {}) {
  const { T, W } = c;
  c.add(`<rect width="${W}" height="${f(horizon + 4)}" fill="${c.lin([[0, T.skyTop], [1, T.skyBottom]])}"/>`);
  if (T.night) {
    const stars = [];
    for (let i = 0; i < 140; i++) {
      const y = c.r(0, horizon * 0.85);
      stars.push(`<circle cx="${f(c.r(0, W))}" cy="${f(y)}" r="${f(c.r(0.6, 1.9))}" opacity="${f(c.r(0.25, 0.9))}"/>`);
    }
    c.add(`<g fill="#f3f1e6">${stars.join('')}</g>`);
    if (sun) {
      const mx = sunX ?? c.r(W * 0.6, W * 0.9);
      const my = c.r(horizon * 0.15, horizon * 0.35);
      glow(c, mx, my, 170, '#c9d3e6', 0.35);
      c.add(`<circle cx="${f(mx)}" cy="${f(my)}" r="30" fill="${T.moon}"/>`);
    }
  } else if (sun && T.sun) {
    const sx = sunX ?? c.r(W * 0.15, W * 0.85);
    const sy = T.low ? horizon - c.r(20, 90) : c.r(horizon * 0.12, horizon * 0.35);
    glow(c, sx, sy, T.low ? 520 : 320, T.sun, T.low ? 0.75 : 0.5);
    c.add(`<circle cx="${f(sx)}" cy="${f(sy)}" r="${T.low ? 46 : 34}" fill="${T.sun}"/>`);
    c.sunX = sx;
  }
  if (clouds) {
    const grey = T.grey;
    const n = grey ? 9 : c.ri(2, 5);
    const cloudCol = T.night ? '#3a4763' : grey ? mix(T.skyTop, '#ffffff', 0.15) : mix('#ffffff', T.skyBottom, 0.3);
    for (let i = 0; i < n; i++) {
      cloud(c, c.r(-100, W + 100), c.r(horizon * 0.1, horizon * 0.75), c.r(220, grey ? 700 : 480), cloudCol, grey ? c.r(0.35, 0.7) : c.r(0.45, 0.8));
    }
  }
}

function ridge(c, y, amp, color, { n = 8, bottom = c.H, x0 = -60, x1 = c.W + 60 } = {}) {
  const pts = [];
  for (let i = 0; i <= n; i++) pts.push([x0 + ((x1 - x0) * i) / n, y + (c.r() - 0.5) * 2 * amp]);
  let d = `M${f(pts[0][0])} ${f(pts[0][1])}`;
  for (let i = 1; i < pts.length; i++) {
    const [px, py] = pts[i - 1];
    const [x, yy] = pts[i];
    d += ` Q${f(px)} ${f(py)} ${f((px + x) / 2)} ${f((py + yy) / 2)}`;
  }
  const [lx, ly] = pts[pts.length - 1];
  d += ` L${f(lx)} ${f(ly)} L${f(x1)} ${f(bottom)} L${f(x0)} ${f(bottom)} Z`;
  c.add(`<path d="${d}" fill="${color}"/>`);
}

function water(c, y, { bottom = c.H, color } = {}) {
  const { T, W } = c;
  const base = color ?? T.water;
  c.add(`<rect x="0" y="${f(y)}" width="${W}" height="${f(bottom - y)}" fill="${c.lin([[0, mix(base, T.skyBottom, 0.45)], [1, mix(base, '#000000', 0.25)]])}"/>`);
  const lines = [];
  for (let i = 0; i < 70; i++) {
    const t = c.r() ** 1.6;
    const yy = y + t * (bottom - y);
    const w = c.r(30, 220) * (0.4 + t);
    lines.push(`<rect x="${f(c.r(-50, W))}" y="${f(yy)}" width="${f(w)}" height="${f(1 + t * 4)}" opacity="${f(c.r(0.08, 0.3))}"/>`);
  }
  c.add(`<g fill="${mix(T.skyBottom, '#ffffff', 0.3)}">${lines.join('')}</g>`);
  if (c.sunX !== undefined && T.low) {
    const glints = [];
    for (let i = 0; i < 40; i++) {
      const t = c.r();
      const yy = y + t * (bottom - y) * 0.8;
      const w = c.r(20, 120) * (1 - t * 0.5);
      glints.push(`<rect x="${f(c.sunX - w / 2 + c.r(-60, 60) * (0.3 + t))}" y="${f(yy)}" width="${f(w)}" height="${f(2 + t * 3)}" opacity="${f(c.r(0.2, 0.6))}"/>`);
    }
    c.add(`<g fill="${T.sun}">${glints.join('')}</g>`);
  }
}

function windowGrid(c, x, y, w, h, { cols, rows, lit = 0, color, litColor = LAMP, pad = 0.25 }) {
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

function skyline(c, baseY, { minH, maxH, color, x0 = -20, x1 = c.W + 20, windows = false }) {
  const { T } = c;
  let x = x0;
  while (x < x1) {
    const w = c.r(40, 130);
    const h = c.r(minH, maxH);
    c.add(`<rect x="${f(x)}" y="${f(baseY - h)}" width="${f(w + 1)}" height="${f(h + 2)}" fill="${color}"/>`);
    if (c.chance(0.25)) c.add(`<rect x="${f(x + w * 0.2)}" y="${f(baseY - h - h * 0.12)}" width="${f(w * 0.5)}" height="${f(h * 0.12 + 1)}" fill="${color}"/>`);
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

function tree(c, x, y, s, color) {
  const trunk = mix(color, '#2a2018', 0.5);
  c.add(`<rect x="${f(x - s * 0.04)}" y="${f(y - s * 0.45)}" width="${f(s * 0.08)}" height="${f(s * 0.45)}" fill="${trunk}"/>`);
  const blobs = [];
  for (let i = 0; i < 4; i++) {
    blobs.push(`<circle cx="${f(x + c.r(-0.18, 0.18) * s)}" cy="${f(y - s * c.r(0.55, 0.85))}" r="${f(s * c.r(0.18, 0.28))}"/>`);
  }
  c.add(`<g fill="${color}">${blobs.join('')}</g>`);
}

function conifer(c, x, y, s, color) {
  c.add(`<path d="M${f(x)} ${f(y - s)} L${f(x + s * 0.22)} ${f(y - s * 0.1)} L${f(x - s * 0.22)} ${f(y - s * 0.1)} Z" fill="${color}"/><rect x="${f(x - s * 0.03)}" y="${f(y - s * 0.12)}" width="${f(s * 0.06)}" height="${f(s * 0.12)}" fill="${mix(color, '#000000', 0.3)}"/>`);
}

function person(c, x, y, h, color, { arms = 0, skin, sign } = {}) {
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

function crowd(c, yBack, yFront, { rows = 6, hBack = 50, hFront = 380, fade, arms = 0, signs = 0, dark = false }) {
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

function boat(c, x, y, s, hull = '#e8e4da') {
  const { T } = c;
  const col = T.night ? mix(hull, '#0a0f18', 0.7) : hull;
  c.add(`<path d="M${f(x - s * 0.5)} ${f(y - s * 0.12)} L${f(x + s * 0.5)} ${f(y - s * 0.12)} L${f(x + s * 0.38)} ${f(y)} L${f(x - s * 0.4)} ${f(y)} Z" fill="${col}"/>`);
  c.add(`<rect x="${f(x - 1.5)}" y="${f(y - s * 0.95)}" width="3" height="${f(s * 0.85)}" fill="${mix(col, '#333333', 0.5)}"/>`);
  c.add(`<path d="M${f(x + 3)} ${f(y - s * 0.9)} L${f(x + s * 0.38)} ${f(y - s * 0.18)} L${f(x + 3)} ${f(y - s * 0.18)} Z" fill="${mix('#f1ede2', T.haze, 0.3)}"/>`);
  c.add(`<path d="M${f(x - 3)} ${f(y - s * 0.7)} L${f(x - s * 0.3)} ${f(y - s * 0.18)} L${f(x - 3)} ${f(y - s * 0.18)} Z" fill="${mix('#d8d2c4', T.haze, 0.3)}"/>`);
}

function ferry(c, x, y, s) {
  const { T } = c;
  const dim = T.night ? 0.6 : 0;
  const hull = mix('#2f3f55', '#000000', dim);
  const upper = mix('#e6e2d8', '#1b2233', dim);
  const stripe = mix('#b5543c', '#1b2233', dim);
  c.add(`<path d="M${f(x - s * 0.5)} ${f(y - s * 0.16)} L${f(x + s * 0.52)} ${f(y - s * 0.16)} L${f(x + s * 0.45)} ${f(y)} L${f(x - s * 0.46)} ${f(y)} Z" fill="${hull}"/>`);
  c.add(`<rect x="${f(x - s * 0.5)}" y="${f(y - s * 0.2)}" width="${f(s * 1.02)}" height="${f(s * 0.04)}" fill="${stripe}"/>`);
  c.add(`<rect x="${f(x - s * 0.4)}" y="${f(y - s * 0.34)}" width="${f(s * 0.8)}" height="${f(s * 0.14)}" fill="${upper}"/>`);
  c.add(`<rect x="${f(x - s * 0.26)}" y="${f(y - s * 0.45)}" width="${f(s * 0.46)}" height="${f(s * 0.11)}" fill="${upper}"/>`);
  c.add(`<rect x="${f(x + s * 0.05)}" y="${f(y - s * 0.58)}" width="${f(s * 0.08)}" height="${f(s * 0.13)}" fill="${stripe}"/>`);
  windowGrid(c, x - s * 0.38, y - s * 0.32, s * 0.76, s * 0.09, { cols: 18, rows: 1, lit: T.night ? 0.9 : 0, color: mix('#3b4658', upper, 0.2), pad: 0.2 });
  windowGrid(c, x - s * 0.24, y - s * 0.43, s * 0.42, s * 0.07, { cols: 9, rows: 1, lit: T.night ? 0.8 : 0, color: mix('#3b4658', upper, 0.2), pad: 0.2 });
}

function turbine(c, x, y, h, angle, color) {
  c.add(`<path d="M${f(x - h * 0.018)} ${f(y)} L${f(x + h * 0.018)} ${f(y)} L${f(x + h * 0.008)} ${f(y - h)} L${f(x - h * 0.008)} ${f(y - h)} Z" fill="${color}"/>`);
  const blades = [0, 120, 240]
    .map((a) => `<path transform="rotate(${f(angle + a)} ${f(x)} ${f(y - h)})" d="M${f(x)} ${f(y - h)} L${f(x - h * 0.025)} ${f(y - h - h * 0.08)} L${f(x)} ${f(y - h - h * 0.5)} L${f(x + h * 0.012)} ${f(y - h - h * 0.08)} Z"/>`)
    .join('');
  c.add(`<g fill="${color}">${blades}</g><circle cx="${f(x)}" cy="${f(y - h)}" r="${f(h * 0.025)}" fill="${color}"/>`);
}

function rainOverlay(c) {
  const lines = [];
  const slant = c.r(-0.25, -0.1);
  for (let i = 0; i < 260; i++) {
    const x = c.r(-100, c.W + 100);
    const y = c.r(-50, c.H);
    const len = c.r(25, 70);
    lines.push(`M${f(x)} ${f(y)} l${f(len * slant)} ${f(len)}`);
  }
  c.add(`<path d="${lines.join(' ')}" stroke="#dde5ee" stroke-width="1.6" opacity="0.3" fill="none"/>`);
  c.add(`<rect width="${c.W}" height="${c.H}" fill="#5a6673" opacity="0.12"/>`);
}

function snowOverlay(c) {
  const flakes = [];
  for (let i = 0; i < 260; i++) flakes.push(`<circle cx="${f(c.r(0, c.W))}" cy="${f(c.r(0, c.H))}" r="${f(c.r(1.5, 4.5))}" opacity="${f(c.r(0.4, 0.9))}"/>`);
  c.add(`<g fill="#ffffff">${flakes.join('')}</g>`);
}

function fogOverlay(c, horizon) {
  c.add(`<rect width="${c.W}" height="${c.H}" fill="${c.lin([[0, c.T.haze, 0.35], [horizon / c.H, c.T.haze, 0.75], [1, c.T.haze, 0.25]])}"/>`);
}

function vignette(c) {
  c.add(`<rect width="${c.W}" height="${c.H}" fill="${c.rad([[0.55, '#000000', 0], [1, '#000000', 0.32]], 0.5, 0.5, 0.75)}"/>`);
}

function ground(c, y, color, bottom = c.H) {
  c.add(`<rect x="0" y="${f(y)}" width="${c.W}" height="${f(bottom - y)}" fill="${c.lin([[0, mix(color, c.T.haze, 0.3)], [1, mix(color, '#000000', 0.2)]])}"/>`);
}

function farLayers(c, hz) {
  const { T, H } = c;
  ridge(c, hz - H * c.r(0.08, 0.14), H * 0.05, mix(T.land, T.haze, 0.7), { n: 6 });
  ridge(c, hz - H * c.r(0.02, 0.06), H * 0.03, mix(T.land, T.haze, 0.45), { n: 9 });
}

// ---------------------------------------------------------------- scenes

const scenes = {
  bridge(c) {
    const { W, H, T } = c;
    const hz = H * c.r(0.6, 0.66);
    sky(c, hz);
    ridge(c, hz - H * 0.07, H * 0.04, mix(T.land, T.haze, 0.65), { n: 7 });
    skyline(c, hz, { minH: H * 0.03, maxH: H * 0.15, color: mix(T.land, T.haze, 0.45), x0: c.r(W * 0.55, W * 0.7), windows: T.night });
    water(c, hz);
    const deckY = hz - H * c.r(0.07, 0.1);
    const t1 = W * c.r(0.2, 0.3);
    const t2 = W * c.r(0.68, 0.78);
    const top = H * c.r(0.14, 0.22);
    const col = T.night ? '#1a212c' : mix(c.pick(['#8a4b3a', '#5d6670', '#7b5a3e']), T.haze, T.low ? 0.35 : 0.2);
    const tw = W * 0.016;
    const cableY = (x) => {
      if (x <= t1) return top + ((deckY - 12 - top) * (t1 - x)) / t1;
      if (x >= t2) return top + ((deckY - 12 - top) * (x - t2)) / (W - t2);
      const mid = (t1 + t2) / 2;
      const u = (x - mid) / ((t2 - t1) / 2);
      return deckY - 14 + (top - deckY + 14) * u * u;
    };
    for (const tx of [t1, t2]) {
      c.add(`<rect x="${f(tx - tw / 2)}" y="${f(hz)}" width="${f(tw)}" height="${f((hz - top) * 0.6)}" fill="${col}" opacity="0.25"/>`);
    }
    const hangers = [];
    for (let x = 0; x <= W; x += 22) {
      const cy = cableY(x);
      if (deckY - cy > 6) hangers.push(`M${f(x)} ${f(cy)} L${f(x)} ${f(deckY)}`);
    }
    c.add(`<path d="${hangers.join(' ')}" stroke="${col}" stroke-width="1.6" opacity="0.8"/>`);
    const cable = [];
    for (let x = -10; x <= W + 10; x += 10) cable.push(`${f(x)},${f(cableY(Math.max(0, Math.min(W, x))))}`);
    c.add(`<polyline points="${cable.join(' ')}" fill="none" stroke="${col}" stroke-width="5"/>`);
    for (const tx of [t1, t2]) {
      c.add(`<rect x="${f(tx - tw / 2)}" y="${f(top - 20)}" width="${f(tw)}" height="${f(hz - top + 24)}" fill="${col}"/>`);
      for (const yy of [top + 10, top + (deckY - top) * 0.45]) {
        c.add(`<rect x="${f(tx - tw * 1.1)}" y="${f(yy)}" width="${f(tw * 2.2)}" height="${f(H * 0.012)}" fill="${col}"/>`);
      }
      c.add(`<rect x="${f(tx - tw)}" y="${f(hz - 8)}" width="${f(tw * 2)}" height="${f(H * 0.03)}" fill="${mix(col, '#000000', 0.3)}"/>`);
    }
    c.add(`<rect x="-10" y="${f(deckY)}" width="${W + 20}" height="${f(H * 0.02)}" fill="${col}"/>`);
    c.add(`<rect x="-10" y="${f(deckY + H * 0.02)}" width="${W + 20}" height="${f(H * 0.008)}" fill="${mix(col, '#000000', 0.4)}"/>`);
    if (T.night || T.low) {
      for (let x = 10; x < W; x += 46) glow(c, x, deckY - 4, 14, LAMP, T.night ? 0.9 : 0.5);
    }
    if (c.chance(0.7)) boat(c, c.r(W * 0.35, W * 0.6), hz + H * c.r(0.12, 0.2), c.r(70, 120));
    ridge(c, H * 0.94, H * 0.02, mix(T.land, '#000000', 0.3), { n: 10 });
  },

  harbour(c) {
    const { W, H, T, spec } = c;
    const hz = H * c.r(0.5, 0.58);
    sky(c, hz);
    farLayers(c, hz);
    if (spec.variant !== 'boat') skyline(c, hz, { minH: H * 0.02, maxH: H * 0.1, color: mix(T.land, T.haze, 0.4), x0: c.r(0, W * 0.3), x1: c.r(W * 0.6, W), windows: T.night });
    water(c, hz);
    if (spec.variant === 'ferry') {
      for (let i = 0; i < 3; i++) boat(c, c.r(W * 0.05, W * 0.95), hz + c.r(10, 60), c.r(30, 60));
      ferry(c, W * c.r(0.45, 0.6), hz + H * 0.18, W * 0.5);
      c.add(`<rect x="0" y="${f(H * 0.84)}" width="${W}" height="${f(H * 0.16)}" fill="${mix('#5b5a55', T.haze, 0.2)}"/>`);
      c.add(`<rect x="0" y="${f(H * 0.84)}" width="${W}" height="8" fill="${mix('#8a877d', T.haze, 0.2)}"/>`);
      for (let x = 60; x < W; x += c.r(180, 260)) c.add(`<rect x="${f(x)}" y="${f(H * 0.84 - 22)}" width="20" height="24" rx="6" fill="#2e3136"/>`);
    } else if (spec.variant === 'quay') {
      for (let i = 0; i < 4; i++) boat(c, c.r(W * 0.05, W * 0.95), hz + c.r(10, 80), c.r(30, 70));
      ferry(c, W * c.r(0.25, 0.4), hz + H * 0.12, W * 0.35);
      const quay = H * 0.7;
      c.add(`<rect x="0" y="${f(quay)}" width="${W}" height="${f(H - quay)}" fill="${c.lin([[0, mix('#6d6a62', T.haze, 0.3)], [1, '#3b3a37']])}"/>`);
      for (let x = 0; x < W; x += 120) c.add(`<rect x="${f(x)}" y="${f(quay)}" width="3" height="${f(H - quay)}" fill="#2e2d2a" opacity="0.4"/>`);
      crowd(c, quay + 40, H * 1.02, { rows: 4, hBack: 120, hFront: 480 });
    } else {
      for (let i = 0; i < 5; i++) boat(c, c.r(W * 0.05, W * 0.95), hz + c.r(6, 40), c.r(20, 45));
      const bx = W * c.r(0.35, 0.6);
      const by = H * 0.82;
      const s = W * 0.42;
      c.add(`<path d="M${f(bx - s * 0.5)} ${f(by - s * 0.12)} L${f(bx + s * 0.5)} ${f(by - s * 0.16)} L${f(bx + s * 0.4)} ${f(by)} L${f(bx - s * 0.44)} ${f(by)} Z" fill="${mix('#c8b99a', T.haze, 0.1)}"/>`);
      c.add(`<rect x="${f(bx - s * 0.25)}" y="${f(by - s * 0.3)}" width="${f(s * 0.3)}" height="${f(s * 0.17)}" fill="#e9e6dd"/>`);
      windowGrid(c, bx - s * 0.24, by - s * 0.28, s * 0.28, s * 0.06, { cols: 5, rows: 1, color: '#3d4a5a', pad: 0.15 });
      c.add(`<rect x="${f(bx + s * 0.22)}" y="${f(by - s * 0.5)}" width="6" height="${f(s * 0.36)}" fill="#555b60"/>`);
      c.add(`<path d="M${f(bx + s * 0.225)} ${f(by - s * 0.46)} L${f(bx + s * 0.42)} ${f(by - s * 0.22)}" stroke="#555b60" stroke-width="4"/>`);
      person(c, bx - s * 0.32, by - s * 0.13, s * 0.16, '#c9643f');
      person(c, bx + s * 0.1, by - s * 0.14, s * 0.15, '#d4a13a');
      c.add(`<ellipse cx="${f(bx)}" cy="${f(by + 6)}" rx="${f(s * 0.5)}" ry="10" fill="#000000" opacity="0.15"/>`);
    }
  },

  crowd(c) {
    const { W, H, T, spec } = c;
    const v = spec.variant;
    const hz = H * 0.55;
    if (v === 'festival') {
      sky(c, hz + H * 0.1, { sun: false, clouds: false });
      ridge(c, hz - 40, 20, '#0e131c', { n: 6 });
      const sw = W * 0.5;
      const sx = W * c.r(0.2, 0.3);
      const sy = H * 0.14;
      glow(c, sx + sw / 2, sy + sw * 0.28, sw * 0.9, '#9fb8d8', 0.35);
      c.add(`<rect x="${f(sx - 10)}" y="${f(sy - 10)}" width="${f(sw + 20)}" height="${f(sw * 0.56 + 20)}" fill="#0b0e14"/>`);
      c.add(`<rect x="${f(sx)}" y="${f(sy)}" width="${f(sw)}" height="${f(sw * 0.56)}" fill="${c.lin([[0, '#c8d6e6'], [0.6, '#e3c9a2'], [1, '#7a8c6a']])}"/>`);
      ridge(c, sy + sw * 0.4, 18, '#56684a', { n: 5, bottom: sy + sw * 0.56, x0: sx, x1: sx + sw });
      c.add(`<rect x="0" y="${f(hz)}" width="${W}" height="${f(H - hz)}" fill="#111722"/>`);
      crowd(c, hz + 30, H * 1.05, { rows: 6, hBack: 50, hFront: 420, dark: true, fade: '#1a2233' });
    } else if (v === 'lanterns') {
      sky(c, hz);
      water(c, hz);
      skyline(c, hz, { minH: 20, maxH: 90, color: mix(T.land, T.haze, 0.3), windows: true });
      const lanterns = [];
      for (let i = 0; i < 45; i++) {
        const x = c.r(0, W);
        const y = c.r(H * 0.05, hz - 20);
        glow(c, x, y, 26, '#f3b56a', 0.6);
        lanterns.push(`<ellipse cx="${f(x)}" cy="${f(y)}" rx="7" ry="9"/>`);
      }
      c.add(`<g fill="#f6c27a">${lanterns.join('')}</g>`);
      crowd(c, hz + 60, H * 1.05, { rows: 5, hBack: 90, hFront: 420, dark: true, arms: 0.15, fade: '#3a3545' });
    } else if (v === 'celebrate') {
      sky(c, H * 0.3, { clouds: true });
      c.add(`<rect x="0" y="${f(H * 0.18)}" width="${W}" height="${f(H * 0.3)}" fill="${mix('#3a414c', T.haze, 0.3)}"/>`);
      const dots = [];
      for (let i = 0; i < 500; i++) dots.push(`<circle cx="${f(c.r(0, W))}" cy="${f(c.r(H * 0.2, H * 0.46))}" r="3.5" fill="${mix(c.pick(CLOTHES), T.haze, 0.4)}"/>`);
      c.add(dots.join(''));
      ground(c, H * 0.48, '#4f7a43');
      crowd(c, H * 0.62, H * 1.05, { rows: 4, hBack: 140, hFront: 520, arms: 0.7 });
    } else if (v === 'protest') {
      sky(c, H * 0.5);
      for (let i = 0; i < 5; i++) {
        const bx = (i / 5) * W + c.r(-30, 30);
        const bw = W / 5 + 20;
        const bh = H * c.r(0.25, 0.45);
        const col = mix(c.pick(['#8c7b68', '#a49a88', '#6e7278', '#9a7a62']), T.haze, 0.25);
        c.add(`<rect x="${f(bx)}" y="${f(H * 0.55 - bh)}" width="${f(bw)}" height="${f(bh)}" fill="${col}"/>`);
        windowGrid(c, bx + 15, H * 0.55 - bh + 15, bw - 30, bh - 30, { cols: 5, rows: Math.round(bh / 60), color: mix(col, '#1c2028', 0.5) });
      }
      ground(c, H * 0.55, '#6d6e6c');
      crowd(c, H * 0.6, H * 1.05, { rows: 6, hBack: 70, hFront: 430, signs: 0.18, arms: 0.1 });
    } else {
      // ribbon: opening-day crowd on the bridge approach, towers behind
      sky(c, H * 0.6);
      farLayers(c, H * 0.6);
      const col = mix('#8a4b3a', T.haze, 0.35);
      for (const tx of [W * 0.3, W * 0.82]) {
        c.add(`<rect x="${f(tx - 14)}" y="${f(H * 0.08)}" width="28" height="${f(H * 0.55)}" fill="${col}"/>`);
        c.add(`<rect x="${f(tx - 30)}" y="${f(H * 0.14)}" width="60" height="10" fill="${col}"/>`);
      }
      c.add(`<path d="M-10 ${f(H * 0.3)} Q${f(W * 0.1)} ${f(H * 0.5)} ${f(W * 0.3)} ${f(H * 0.09)} Q${f(W * 0.56)} ${f(H * 0.5)} ${f(W * 0.82)} ${f(H * 0.09)} L${W + 10} ${f(H * 0.25)}" stroke="${col}" stroke-width="5" fill="none"/>`);
      ground(c, H * 0.58, '#77736a');
      const ry = H * 0.66;
      c.add(`<path d="M0 ${f(ry)} Q${f(W / 2)} ${f(ry + 30)} ${W} ${f(ry)}" stroke="#b8413a" stroke-width="10" fill="none"/>`);
      crowd(c, H * 0.63, H * 1.05, { rows: 5, hBack: 110, hFront: 440, arms: 0.12 });
    }
  },

  skyline(c) {
    const { W, H, T } = c;
    const hz = H * 0.68;
    sky(c, hz);
    skyline(c, hz, { minH: H * 0.1, maxH: H * 0.3, color: mix(T.land, T.haze, 0.55) });
    skyline(c, hz, { minH: H * 0.08, maxH: H * 0.45, color: mix(T.land, T.haze, 0.15), windows: true });
    water(c, hz);
    if (T.night) {
      const refl = [];
      for (let i = 0; i < 90; i++) refl.push(`<rect x="${f(c.r(0, W))}" y="${f(c.r(hz, H))}" width="${f(c.r(4, 12))}" height="${f(c.r(10, 50))}" opacity="${f(c.r(0.15, 0.5))}"/>`);
      c.add(`<g fill="${LAMP}">${refl.join('')}</g>`);
    }
    c.add(`<rect x="0" y="${f(H * 0.9)}" width="${W}" height="${f(H * 0.1)}" fill="${mix('#2e3138', T.haze, T.night ? 0 : 0.2)}"/>`);
    for (let x = 80; x < W; x += 260) {
      c.add(`<rect x="${f(x)}" y="${f(H * 0.62)}" width="6" height="${f(H * 0.28)}" fill="#23262c"/>`);
      if (T.night || T.low) glow(c, x + 3, H * 0.62, 60, LAMP, 0.7);
    }
  },

  reservoir(c) {
    const { W, H, T } = c;
    const hz = H * 0.45;
    sky(c, hz);
    ridge(c, hz - H * 0.05, H * 0.05, mix('#8b8a62', T.haze, 0.5), { n: 6 });
    ridge(c, hz + H * 0.02, H * 0.03, mix('#a38f5e', T.haze, 0.25), { n: 8 });
    for (let i = 0; i < 14; i++) conifer(c, c.r(0, W), hz + H * c.r(0.02, 0.06), c.r(30, 60), mix('#4a5a3c', T.haze, 0.3));
    const wy = H * 0.6;
    c.add(`<rect x="0" y="${f(H * 0.52)}" width="${W}" height="${f(H * 0.08)}" fill="#c9b894"/>`);
    c.add(`<rect x="0" y="${f(H * 0.55)}" width="${W}" height="${f(H * 0.02)}" fill="#b9a27a"/>`);
    water(c, wy, { bottom: H * 0.72 });
    ground(c, H * 0.72, '#b79a6c');
    const cracks = [];
    for (let i = 0; i < 60; i++) {
      let x = c.r(0, W);
      let y = c.r(H * 0.74, H);
      let d = `M${f(x)} ${f(y)}`;
      for (let k = 0; k < 4; k++) {
        x += c.r(-60, 60);
        y += c.r(-20, 20);
        d += ` L${f(x)} ${f(y)}`;
      }
      cracks.push(d);
    }
    c.add(`<path d="${cracks.join(' ')}" stroke="#6d5a3f" stroke-width="2.5" fill="none" opacity="0.6"/>`);
    const tx = W * c.r(0.65, 0.85);
    c.add(`<path d="M${f(tx)} ${f(H * 0.9)} L${f(tx + 6)} ${f(H * 0.55)} L${f(tx - 40)} ${f(H * 0.42)} M${f(tx + 5)} ${f(H * 0.62)} L${f(tx + 60)} ${f(H * 0.5)}" stroke="#4a3b2c" stroke-width="10" stroke-linecap="round" fill="none"/>`);
  },

  countryside(c) {
    const { W, H, T, spec } = c;
    const v = spec.variant;
    const hz = H * c.r(0.45, 0.52);
    sky(c, hz);
    const dry = spec.time === 'summer';
    const grass = dry ? '#b3a062' : v === 'orchard' && T.low ? '#8f9a8c' : T.land;
    ridge(c, hz - H * 0.08, H * 0.06, mix(grass, T.haze, 0.65), { n: 6 });
    ridge(c, hz, H * 0.05, mix(grass, T.haze, 0.35), { n: 7 });
    ridge(c, hz + H * 0.12, H * 0.04, mix(grass, '#000000', 0.05), { n: 6 });
    if (v === 'mast' || v === 'trench') {
      const stripes = [];
      for (let i = 0; i < 10; i++) {
        const y = hz + H * 0.2 + i * H * 0.05;
        stripes.push(`<rect x="0" y="${f(y)}" width="${W}" height="${f(H * 0.02)}" opacity="0.12"/>`);
      }
      c.add(`<g fill="#1f2a18">${stripes.join('')}</g>`);
    }
    if (v === 'mast') {
      const mx = W * c.r(0.55, 0.75);
      const base = hz - H * 0.02;
      const top = H * 0.1;
      const col = mix('#4b4f55', T.haze, 0.25);
      let lattice = `M${f(mx - 26)} ${f(base)} L${f(mx - 5)} ${f(top)} M${f(mx + 26)} ${f(base)} L${f(mx + 5)} ${f(top)}`;
      for (let y = base; y > top + 10; y -= 28) {
        const t = (base - y) / (base - top);
        const half = 26 - 21 * t;
        const half2 = 26 - 21 * ((base - y + 28) / (base - top));
        lattice += ` M${f(mx - half)} ${f(y)} L${f(mx + half2)} ${f(y - 28)} M${f(mx + half)} ${f(y)} L${f(mx - half2)} ${f(y - 28)}`;
      }
      c.add(`<path d="${lattice}" stroke="${col}" stroke-width="3" fill="none"/>`);
      for (const y of [top + 30, top + 80]) c.add(`<rect x="${f(mx - 16)}" y="${f(y)}" width="10" height="34" fill="${col}"/><rect x="${f(mx + 6)}" y="${f(y)}" width="10" height="34" fill="${col}"/>`);
      c.add(`<rect x="${f(mx + 50)}" y="${f(base - 40)}" width="70" height="40" fill="#cfcac0"/>`);
      c.add(`<path d="M0 ${f(H * 0.8)} Q${f(W * 0.5)} ${f(H * 0.7)} ${W} ${f(H * 0.78)}" stroke="#8b7d64" stroke-width="14" fill="none"/>`);
    }
    if (v === 'trench') {
      const d = `M-10 ${f(H * 0.95)} Q${f(W * 0.4)} ${f(H * 0.7)} ${f(W * 0.75)} ${f(hz + H * 0.14)}`;
      c.add(`<path d="${d}" stroke="#5c4632" stroke-width="40" fill="none"/><path d="${d}" stroke="#3a2c20" stroke-width="14" fill="none"/>`);
      const ex = W * 0.62;
      const ey = H * 0.7;
      c.add(`<rect x="${f(ex)}" y="${f(ey - 70)}" width="120" height="60" rx="6" fill="#d2a23a"/><rect x="${f(ex + 10)}" y="${f(ey - 110)}" width="60" height="45" fill="#d2a23a"/><rect x="${f(ex + 16)}" y="${f(ey - 104)}" width="46" height="28" fill="#2f3a44"/>`);
      c.add(`<rect x="${f(ex - 10)}" y="${f(ey - 14)}" width="140" height="26" rx="12" fill="#2b2b2b"/>`);
      c.add(`<path d="M${f(ex + 110)} ${f(ey - 60)} L${f(ex + 200)} ${f(ey - 140)} L${f(ex + 250)} ${f(ey - 40)}" stroke="#c0912e" stroke-width="14" fill="none" stroke-linejoin="round"/>`);
      const reels = [];
      for (let i = 0; i < 3; i++) reels.push(`<circle cx="${f(W * 0.2 + i * 90)}" cy="${f(H * 0.86)}" r="38" fill="#7d6448"/><circle cx="${f(W * 0.2 + i * 90)}" cy="${f(H * 0.86)}" r="12" fill="#3e3226"/>`);
      c.add(reels.join(''));
      person(c, W * 0.48, H * 0.82, H * 0.2, '#e07b2e');
    }
    if (v === 'park') {
      for (let i = 0; i < 7; i++) tree(c, c.r(0, W), hz + H * c.r(0.12, 0.22), c.r(120, 220), mix('#6b7a45', T.haze, 0.2));
      c.add(`<path d="M${f(W * 0.1)} ${f(H)} Q${f(W * 0.4)} ${f(H * 0.7)} ${f(W * 0.9)} ${f(hz + H * 0.2)}" stroke="#d8ccb0" stroke-width="26" fill="none"/>`);
      const bx = W * 0.62;
      const by = H * 0.83;
      c.add(`<rect x="${f(bx)}" y="${f(by - 50)}" width="180" height="12" fill="#6b4a33"/><rect x="${f(bx)}" y="${f(by - 30)}" width="180" height="10" fill="#6b4a33"/><rect x="${f(bx + 10)}" y="${f(by - 30)}" width="8" height="36" fill="#333"/><rect x="${f(bx + 162)}" y="${f(by - 30)}" width="8" height="36" fill="#333"/>`);
      const patches = [];
      for (let i = 0; i < 30; i++) patches.push(`<ellipse cx="${f(c.r(0, W))}" cy="${f(c.r(hz + H * 0.2, H))}" rx="${f(c.r(40, 140))}" ry="${f(c.r(8, 24))}"/>`);
      c.add(`<g fill="#cdb67a" opacity="0.5">${patches.join('')}</g>`);
    }
    if (v === 'orchard' || v === 'pickers') {
      const rows = 6;
      for (let rI = 0; rI < rows; rI++) {
        const t = rI / (rows - 1);
        const y = hz + H * 0.1 + t * H * 0.5;
        const s = 60 + t * 260;
        const col = mix(v === 'orchard' && T.low ? '#5e6e58' : '#4f6b3a', T.haze, (1 - t) * 0.5);
        for (let x = c.r(-s, 0); x < W + s; x += s * 1.15) {
          tree(c, x, y, s, col);
          if (v === 'pickers' && t > 0.4) {
            const apples = [];
            for (let k = 0; k < 6; k++) apples.push(`<circle cx="${f(x + c.r(-0.25, 0.25) * s)}" cy="${f(y - s * c.r(0.5, 0.9))}" r="${f(s * 0.025)}"/>`);
            c.add(`<g fill="#b8463a">${apples.join('')}</g>`);
          }
        }
      }
      if (v === 'orchard' && T.low) {
        c.add(`<rect x="0" y="${f(hz)}" width="${W}" height="${f(H - hz)}" fill="#e8eef2" opacity="0.25"/>`);
        const frost = [];
        for (let i = 0; i < 120; i++) frost.push(`<circle cx="${f(c.r(0, W))}" cy="${f(c.r(hz, H))}" r="${f(c.r(2, 5))}"/>`);
        c.add(`<g fill="#f4f7f9" opacity="0.6">${frost.join('')}</g>`);
      }
      if (v === 'pickers') {
        for (let i = 0; i < 4; i++) {
          const px = W * (0.15 + i * 0.22) + c.r(-40, 40);
          const py = H * c.r(0.88, 0.98);
          person(c, px, py, H * 0.3, c.pick(CLOTHES), { arms: c.chance(0.5) ? 0.8 : 0 });
          c.add(`<rect x="${f(px + 40)}" y="${f(py - 50)}" width="80" height="50" fill="#9c7a4e"/><rect x="${f(px + 40)}" y="${f(py - 50)}" width="80" height="10" fill="#b8463a"/>`);
        }
      }
    }
  },

  river(c) {
    const { W, H, T, spec } = c;
    const hz = H * 0.45;
    sky(c, hz);
    farLayers(c, hz);
    const brown = spec.variant === 'flood' ? '#6e6250' : T.water;
    if (spec.variant === 'flood') {
      for (let i = 0; i < 4; i++) {
        const hx = c.r(0, W);
        const hw = c.r(90, 150);
        const hy = hz + H * 0.04;
        c.add(`<rect x="${f(hx)}" y="${f(hy - hw * 0.6)}" width="${f(hw)}" height="${f(hw * 0.6)}" fill="${mix('#b9ab96', T.haze, 0.35)}"/><path d="M${f(hx - 8)} ${f(hy - hw * 0.6)} L${f(hx + hw / 2)} ${f(hy - hw)} L${f(hx + hw + 8)} ${f(hy - hw * 0.6)} Z" fill="${mix('#6b4b3d', T.haze, 0.35)}"/>`);
        windowGrid(c, hx + 10, hy - hw * 0.5, hw - 20, hw * 0.35, { cols: 3, rows: 1, color: '#4a4f55' });
      }
      water(c, hz + H * 0.03, { color: brown });
      for (let i = 0; i < 8; i++) tree(c, c.r(0, W), hz + H * c.r(0.1, 0.3), c.r(100, 200), mix('#3f4a37', T.haze, 0.3));
      const posts = [];
      for (let x = 0; x < W; x += 70) posts.push(`<rect x="${f(x)}" y="${f(H * 0.7)}" width="8" height="50"/>`);
      c.add(`<g fill="#4b3c2e">${posts.join('')}</g><rect x="0" y="${f(H * 0.71)}" width="${W}" height="4" fill="#4b3c2e"/>`);
      c.add(`<rect x="0" y="${f(H * 0.72)}" width="${W}" height="${f(H * 0.28)}" fill="${mix(brown, '#000000', 0.15)}" opacity="0.7"/>`);
      const ripples = [];
      for (let i = 0; i < 40; i++) ripples.push(`<ellipse cx="${f(c.r(0, W))}" cy="${f(c.r(H * 0.74, H))}" rx="${f(c.r(20, 80))}" ry="3"/>`);
      c.add(`<g fill="#a8a08e" opacity="0.35">${ripples.join('')}</g>`);
    } else {
      for (let i = 0; i < 10; i++) tree(c, c.r(0, W), hz + H * 0.02, c.r(60, 110), mix(T.land, T.haze, 0.4));
      water(c, hz + H * 0.03);
      const wallY = H * 0.6;
      c.add(`<path d="M0 ${f(wallY)} L${W} ${f(wallY - H * 0.1)} L${W} ${f(H)} L0 ${f(H)} Z" fill="#a7a49c"/>`);
      c.add(`<path d="M0 ${f(wallY)} L${W} ${f(wallY - H * 0.1)} L${W} ${f(wallY - H * 0.1 + 14)} L0 ${f(wallY + 14)} Z" fill="#c9c6bd"/>`);
      const bags = [];
      for (let i = 0; i < 26; i++) {
        const x = c.r(0, W * 0.5);
        bags.push(`<ellipse cx="${f(x)}" cy="${f(H * c.r(0.82, 0.98))}" rx="44" ry="20"/>`);
      }
      c.add(`<g fill="#b5a07a" stroke="#8c7a58" stroke-width="2">${bags.join('')}</g>`);
      for (let i = 0; i < 3; i++) person(c, W * (0.55 + i * 0.14), H * c.r(0.88, 0.95), H * 0.3, '#e07b2e', { skin: c.pick(SKIN) });
      c.add(`<rect x="${f(W * 0.78)}" y="${f(H * 0.42)}" width="14" height="${f(H * 0.2)}" fill="#c0912e"/><path d="M${f(W * 0.78 + 7)} ${f(H * 0.42)} L${f(W * 0.6)} ${f(H * 0.3)}" stroke="#c0912e" stroke-width="10"/>`);
    }
  },

  observatory(c) {
    const { W, H, T, spec } = c;
    const hz = H * 0.72;
    sky(c, hz, { sun: false, clouds: false });
    const cx = W * c.r(0.2, 0.4);
    const cy = H * c.r(0.18, 0.3);
    const ang = c.r(20, 35);
    const len = W * c.r(0.22, 0.32);
    c.add(`<g transform="rotate(${f(ang)} ${f(cx)} ${f(cy)})"><path d="M${f(cx)} ${f(cy - 4)} L${f(cx + len)} ${f(cy - 26)} L${f(cx + len)} ${f(cy + 26)} L${f(cx)} ${f(cy + 4)} Z" fill="${c.lin([[0, '#e8f0f7', 0.85], [1, '#9fb5d0', 0]], 0, 0, 1, 0)}"/><path d="M${f(cx)} ${f(cy - 3)} L${f(cx + len * 0.8)} ${f(cy + 40)} L${f(cx + len * 0.8)} ${f(cy + 60)} L${f(cx)} ${f(cy + 3)} Z" fill="${c.lin([[0, '#9ecfe0', 0.5], [1, '#9ecfe0', 0]], 0, 0, 1, 0)}"/></g>`);
    glow(c, cx, cy, 40, '#eef4fa', 0.9);
    c.add(`<circle cx="${f(cx)}" cy="${f(cy)}" r="5" fill="#ffffff"/>`);
    c.add(`<path d="M0 ${f(hz)} Q${f(W * 0.5)} ${f(hz - 30)} ${W} ${f(hz)} L${W} ${f(H)} L0 ${f(H)} Z" fill="${mix(T.skyBottom, '#4a5570', 0.4)}" opacity="0.5"/>`);
    if (spec.variant === 'hills') {
      ridge(c, hz, H * 0.05, '#141b26', { n: 6 });
      ridge(c, hz + H * 0.1, H * 0.04, '#0d121a', { n: 8 });
      for (let i = 0; i < 20; i++) conifer(c, c.r(0, W), H * c.r(0.84, 0.95), c.r(60, 140), '#080b11');
      person(c, W * 0.7, H * 0.92, H * 0.16, '#080b11', { skin: '#080b11' });
    } else {
      ridge(c, hz, H * 0.04, '#121824', { n: 5 });
      const ox = W * c.r(0.6, 0.75);
      const oy = hz - 6;
      const r = W * 0.07;
      c.add(`<rect x="${f(ox - r)}" y="${f(oy - r * 0.8)}" width="${f(r * 2)}" height="${f(r * 0.8 + 10)}" fill="#1f2733"/>`);
      c.add(`<path d="M${f(ox - r)} ${f(oy - r * 0.8)} A${f(r)} ${f(r)} 0 0 1 ${f(ox + r)} ${f(oy - r * 0.8)} Z" fill="#3a4456"/>`);
      c.add(`<rect x="${f(ox - r * 0.12)}" y="${f(oy - r * 1.78)}" width="${f(r * 0.24)}" height="${f(r)}" fill="#10151e"/>`);
      glow(c, ox - r * 0.5, oy - r * 0.2, 40, LAMP, 0.5);
      c.add(`<rect x="${f(ox - r * 0.6)}" y="${f(oy - r * 0.35)}" width="18" height="24" fill="${LAMP}" opacity="0.8"/>`);
      ridge(c, H * 0.92, H * 0.03, '#080b11', { n: 8 });
    }
  },

  lab(c) {
    const { W, H, spec } = c;
    c.add(`<rect width="${W}" height="${H}" fill="${c.lin([[0, '#c9d4d9'], [1, '#a9b6bd']])}"/>`);
    const tiles = [];
    for (let y = 0; y < H * 0.62; y += 60) tiles.push(`<rect x="0" y="${f(y)}" width="${W}" height="2"/>`);
    for (let x = 0; x < W; x += 90) tiles.push(`<rect x="${f(x)}" y="0" width="2" height="${f(H * 0.62)}"/>`);
    c.add(`<g fill="#ffffff" opacity="0.25">${tiles.join('')}</g>`);
    const wx = W * c.r(0.55, 0.7);
    c.add(`<rect x="${f(wx)}" y="${f(H * 0.08)}" width="${f(W * 0.28)}" height="${f(H * 0.36)}" fill="${c.lin([[0, '#e9f1f4'], [1, '#cfdde4']])}"/><rect x="${f(wx + W * 0.14 - 4)}" y="${f(H * 0.08)}" width="8" height="${f(H * 0.36)}" fill="#9aa6ad"/>`);
    glow(c, wx + W * 0.14, H * 0.3, W * 0.3, '#ffffff', 0.35);
    c.add(`<rect x="0" y="${f(H * 0.2)}" width="${f(W * 0.45)}" height="14" fill="#8b959b"/>`);
    for (let i = 0; i < 6; i++) {
      const bx = 40 + i * W * 0.07;
      c.add(`<rect x="${f(bx)}" y="${f(H * 0.2 - 70)}" width="44" height="70" rx="6" fill="${c.pick(['#7a8d9a', '#b5a68c', '#8a9c84', '#d3cfc4'])}"/>`);
    }
    const bench = H * 0.62;
    c.add(`<rect x="0" y="${f(bench)}" width="${W}" height="${f(H * 0.05)}" fill="#2f3438"/><rect x="0" y="${f(bench + H * 0.05)}" width="${W}" height="${f(H)}" fill="#59636a"/>`);
    const liquids = ['#5fa3a0', '#c7884e', '#8c6bb1', '#6fa85c', '#c45c5c', '#d9c35c', '#5c86c4'];
    const glass = '#eef5f7';
    if (spec.variant === 'rack') {
      const rx = W * 0.12;
      const rw = W * 0.76;
      const n = 12;
      const th = H * 0.34;
      for (let i = 0; i < n; i++) {
        const x = rx + (i + 0.5) * (rw / n);
        const liq = c.pick(liquids);
        const lvl = c.r(0.35, 0.75);
        c.add(`<rect x="${f(x - 18)}" y="${f(bench - th)}" width="36" height="${f(th)}" rx="18" fill="${glass}" opacity="0.55" stroke="#ffffff" stroke-width="2"/>`);
        c.add(`<rect x="${f(x - 15)}" y="${f(bench - th * lvl)}" width="30" height="${f(th * lvl - 3)}" rx="15" fill="${liq}" opacity="0.85"/>`);
        c.add(`<rect x="${f(x - 20)}" y="${f(bench - th - 16)}" width="40" height="20" rx="4" fill="${c.pick(['#2d6fb0', '#d0d4d6', '#c3443c'])}"/>`);
      }
      c.add(`<rect x="${f(rx - 20)}" y="${f(bench - th * 0.55)}" width="${f(rw + 40)}" height="18" fill="#c3c9cc"/><rect x="${f(rx - 20)}" y="${f(bench - 18)}" width="${f(rw + 40)}" height="18" fill="#aeb5b9"/>`);
      c.add(`<path d="M${f(W * 0.78)} ${f(bench - H * 0.45)} L${f(W * 0.64)} ${f(bench - H * 0.15)}" stroke="#e4e9ea" stroke-width="26" stroke-linecap="round"/><path d="M${f(W * 0.64)} ${f(bench - H * 0.15)} L${f(W * 0.62)} ${f(bench - H * 0.08)}" stroke="#d9dee0" stroke-width="6"/>`);
    } else {
      const items = c.ri(5, 7);
      for (let i = 0; i < items; i++) {
        const x = W * (0.1 + (0.8 * i) / (items - 1)) + c.r(-30, 30);
        const s = c.r(140, 260);
        const liq = c.pick(liquids);
        if (c.chance(0.55)) {
          const neck = s * 0.14;
          const d = `M${f(x - neck)} ${f(bench - s)} L${f(x - neck)} ${f(bench - s * 0.6)} L${f(x - s * 0.45)} ${f(bench - 4)} L${f(x + s * 0.45)} ${f(bench - 4)} L${f(x + neck)} ${f(bench - s * 0.6)} L${f(x + neck)} ${f(bench - s)} Z`;
          c.add(`<path d="${d}" fill="${glass}" opacity="0.5" stroke="#ffffff" stroke-width="3"/>`);
          const lv = c.r(0.2, 0.4);
          c.add(`<path d="M${f(x - s * 0.45 * (1 - lv * 0.9))} ${f(bench - s * lv)} L${f(x - s * 0.43)} ${f(bench - 6)} L${f(x + s * 0.43)} ${f(bench - 6)} L${f(x + s * 0.45 * (1 - lv * 0.9))} ${f(bench - s * lv)} Z" fill="${liq}" opacity="0.85"/>`);
        } else {
          const bw = s * 0.55;
          c.add(`<rect x="${f(x - bw / 2)}" y="${f(bench - s * 0.8)}" width="${f(bw)}" height="${f(s * 0.8 - 3)}" rx="8" fill="${glass}" opacity="0.5" stroke="#ffffff" stroke-width="3"/>`);
          const lv = c.r(0.3, 0.6);
          c.add(`<rect x="${f(x - bw / 2 + 4)}" y="${f(bench - s * 0.8 * lv)}" width="${f(bw - 8)}" height="${f(s * 0.8 * lv - 6)}" rx="6" fill="${liq}" opacity="0.8"/>`);
          const ticks = [];
          for (let k = 1; k < 5; k++) ticks.push(`<rect x="${f(x - bw / 2 + 8)}" y="${f(bench - s * 0.16 * k)}" width="${f(bw * 0.25)}" height="2"/>`);
          c.add(`<g fill="#ffffff" opacity="0.7">${ticks.join('')}</g>`);
        }
      }
      c.add(`<rect x="0" y="${f(bench)}" width="${W}" height="6" fill="#ffffff" opacity="0.15"/>`);
    }
  },

  stadium(c) {
    const { W, H, T } = c;
    sky(c, H * 0.35);
    const standTop = H * c.r(0.16, 0.22);
    c.add(`<path d="M-20 ${f(standTop + 60)} Q${f(W / 2)} ${f(standTop - 40)} ${W + 20} ${f(standTop + 60)} L${W + 20} ${f(H * 0.52)} L-20 ${f(H * 0.52)} Z" fill="${mix('#3a4250', T.haze, T.night ? 0 : 0.2)}"/>`);
    c.add(`<path d="M-20 ${f(standTop + 40)} Q${f(W / 2)} ${f(standTop - 60)} ${W + 20} ${f(standTop + 40)} L${W + 20} ${f(standTop + 60)} Q${f(W / 2)} ${f(standTop - 40)} -20 ${f(standTop + 60)} Z" fill="#d6d9dc" opacity="0.8"/>`);
    const dots = [];
    for (let i = 0; i < 700; i++) {
      const x = c.r(0, W);
      const u = (x - W / 2) / (W / 2);
      const top = standTop + 50 - 100 * (1 - u * u) * 0.5 + 20;
      dots.push(`<circle cx="${f(x)}" cy="${f(c.r(top, H * 0.5))}" r="3.2" fill="${mix(c.pick(['#2d5f8a', '#2d5f8a', '#d9d4c8', ...CLOTHES]), '#1a1f29', T.night ? 0.5 : 0.15)}"/>`);
    }
    c.add(dots.join(''));
    const pitch = T.snow ? '#d9dee2' : '#4c7c44';
    c.add(`<rect x="0" y="${f(H * 0.5)}" width="${W}" height="${f(H * 0.04)}" fill="#2c3e5a"/>`);
    c.add(`<rect x="0" y="${f(H * 0.54)}" width="${W}" height="${f(H * 0.46)}" fill="${pitch}"/>`);
    const stripes = [];
    for (let i = 0; i < 8; i += 2) {
      const y0 = H * 0.54 + ((i * i) / 64) * H * 0.46;
      const y1 = H * 0.54 + (((i + 1) * (i + 1)) / 64) * H * 0.46;
      stripes.push(`<rect x="0" y="${f(y0)}" width="${W}" height="${f(y1 - y0)}"/>`);
    }
    c.add(`<g fill="#ffffff" opacity="${T.snow ? 0.2 : 0.08}">${stripes.join('')}</g>`);
    c.add(`<path d="M${f(W * 0.05)} ${f(H)} L${f(W * 0.3)} ${f(H * 0.58)} L${f(W * 0.7)} ${f(H * 0.58)} L${f(W * 0.95)} ${f(H)}" stroke="#eef0ea" stroke-width="4" fill="none" opacity="0.8"/><ellipse cx="${f(W / 2)}" cy="${f(H * 0.74)}" rx="${f(W * 0.14)}" ry="${f(H * 0.06)}" stroke="#eef0ea" stroke-width="4" fill="none" opacity="0.8"/><path d="M${f(W / 2)} ${f(H * 0.58)} L${f(W / 2)} ${f(H)}" stroke="#eef0ea" stroke-width="4" opacity="0.8"/>`);
    for (let i = 0; i < 10; i++) {
      const x = c.r(W * 0.15, W * 0.85);
      const y = c.r(H * 0.62, H * 0.9);
      person(c, x, y, H * 0.1 * (0.6 + (y - H * 0.6) / H), c.chance(0.5) ? '#2d5f8a' : '#b8413a');
    }
    for (const fx of [W * 0.06, W * 0.94]) {
      c.add(`<rect x="${f(fx - 5)}" y="${f(H * 0.05)}" width="10" height="${f(H * 0.45)}" fill="#2a2f36"/><rect x="${f(fx - 40)}" y="${f(H * 0.04)}" width="80" height="30" fill="#3a4048"/>`);
      if (T.night || T.low) glow(c, fx, H * 0.055, 180, '#fff6dc', 0.8);
    }
  },

  runners(c) {
    const { W, H, T, spec } = c;
    const hz = H * 0.42;
    sky(c, hz);
    farLayers(c, hz);
    water(c, hz, { bottom: H * 0.55 });
    c.add(`<rect x="0" y="${f(H * 0.55)}" width="${W}" height="${f(H * 0.03)}" fill="#8a877f"/>`);
    c.add(`<rect x="0" y="${f(H * 0.58)}" width="${W}" height="${f(H * 0.42)}" fill="${c.lin([[0, '#6e6e6c'], [1, '#4a4b4c']])}"/>`);
    const flags = [];
    for (let x = 0; x < W; x += 40) flags.push(`<path d="M${f(x)} ${f(H * 0.1 + Math.sin(x / 200) * 12)} l40 0 l-20 36 Z" fill="${c.pick(['#c45c4a', '#d9b24c', '#4f86a8', '#e8e2d0', '#5f9a6a'])}"/>`);
    c.add(`<path d="M0 ${f(H * 0.1)} Q${f(W / 2)} ${f(H * 0.14)} ${W} ${f(H * 0.1)}" stroke="#333" stroke-width="2" fill="none"/>${flags.join('')}`);
    if (spec.variant === 'finish') {
      c.add(`<rect x="${f(W * 0.15)}" y="${f(H * 0.2)}" width="40" height="${f(H * 0.5)}" fill="#2d5f8a"/><rect x="${f(W * 0.85 - 40)}" y="${f(H * 0.2)}" width="40" height="${f(H * 0.5)}" fill="#2d5f8a"/><rect x="${f(W * 0.15)}" y="${f(H * 0.2)}" width="${f(W * 0.7)}" height="${f(H * 0.08)}" fill="#2d5f8a"/>`);
      c.add(`<rect x="${f(W * 0.15)}" y="${f(H * 0.68)}" width="${f(W * 0.7)}" height="10" fill="#ffffff"/>`);
      crowd(c, H * 0.6, H * 0.66, { rows: 2, hBack: 100, hFront: 140 });
    } else {
      crowd(c, H * 0.62, H * 0.62, { rows: 1, hBack: 120, hFront: 120 });
      c.add(`<rect x="0" y="${f(H * 0.62)}" width="${W}" height="12" fill="#d9d4c8"/>`);
    }
    const runners = c.ri(4, 7);
    for (let i = 0; i < runners; i++) {
      const t = i / runners;
      const x = W * (0.12 + 0.78 * t) + c.r(-40, 40);
      const y = H * c.r(0.84, 1.0);
      const h = H * c.r(0.38, 0.46);
      const col = c.pick(['#c45c4a', '#2d5f8a', '#e8e2d0', '#d9b24c', '#3d4a5c', '#5f9a6a']);
      const sk = c.pick(SKIN);
      const stride = c.r(0.12, 0.2) * h;
      c.add(`<path d="M${f(x)} ${f(y - h * 0.45)} L${f(x - stride)} ${f(y)} M${f(x)} ${f(y - h * 0.45)} L${f(x + stride * 0.8)} ${f(y - h * 0.12)} L${f(x + stride * 0.5)} ${f(y)}" stroke="${sk}" stroke-width="${f(h * 0.06)}" stroke-linecap="round" fill="none"/>`);
      c.add(`<rect x="${f(x - h * 0.08)}" y="${f(y - h * 0.52)}" width="${f(h * 0.16)}" height="${f(h * 0.12)}" fill="#2a2d33"/>`);
      c.add(`<path d="M${f(x - h * 0.02)} ${f(y - h * 0.68)} L${f(x - h * 0.14)} ${f(y - h * 0.5)} L${f(x - h * 0.02)} ${f(y - h * 0.45)} M${f(x + h * 0.02)} ${f(y - h * 0.68)} L${f(x + h * 0.14)} ${f(y - h * 0.56)} L${f(x + h * 0.2)} ${f(y - h * 0.66)}" stroke="${sk}" stroke-width="${f(h * 0.045)}" stroke-linecap="round" fill="none"/>`);
      c.add(`<rect x="${f(x - h * 0.1)}" y="${f(y - h * 0.78)}" width="${f(h * 0.2)}" height="${f(h * 0.3)}" rx="${f(h * 0.05)}" fill="${col}"/>`);
      c.add(`<rect x="${f(x - h * 0.06)}" y="${f(y - h * 0.7)}" width="${f(h * 0.12)}" height="${f(h * 0.08)}" fill="#f4f1e8"/>`);
      c.add(`<circle cx="${f(x + h * 0.02)}" cy="${f(y - h * 0.86)}" r="${f(h * 0.07)}" fill="${sk}"/>`);
    }
    if (T.low) c.add(`<rect width="${W}" height="${H}" fill="#f2b07a" opacity="0.08"/>`);
  },

  shipyard(c) {
    const { W, H, T, spec } = c;
    const hz = H * 0.62;
    sky(c, hz);
    farLayers(c, hz);
    water(c, hz);
    const steel = mix('#4a4f56', T.haze, 0.15);
    if (spec.variant === 'dock') {
      c.add(`<rect x="0" y="${f(H * 0.55)}" width="${W}" height="${f(H * 0.45)}" fill="#7b7a75"/>`);
      c.add(`<rect x="${f(W * 0.1)}" y="${f(H * 0.6)}" width="${f(W * 0.8)}" height="${f(H * 0.4)}" fill="#4b4a47"/>`);
      const hx = W / 2;
      c.add(`<path d="M${f(hx - W * 0.34)} ${f(H * 0.28)} L${f(hx + W * 0.34)} ${f(H * 0.28)} L${f(hx + W * 0.3)} ${f(H * 0.62)} Q${f(hx)} ${f(H * 0.82)} ${f(hx - W * 0.3)} ${f(H * 0.62)} Z" fill="#2e3a4a"/>`);
      c.add(`<path d="M${f(hx - W * 0.31)} ${f(H * 0.5)} L${f(hx + W * 0.31)} ${f(H * 0.5)} L${f(hx + W * 0.3)} ${f(H * 0.62)} Q${f(hx)} ${f(H * 0.82)} ${f(hx - W * 0.3)} ${f(H * 0.62)} Z" fill="#8e3b30"/>`);
      const scaffold = [];
      for (let x = W * 0.12; x < W * 0.9; x += 50) scaffold.push(`M${f(x)} ${f(H * 0.25)} L${f(x)} ${f(H * 0.95)}`);
      for (let y = H * 0.3; y < H * 0.95; y += 60) scaffold.push(`M${f(W * 0.12)} ${f(y)} L${f(W * 0.3)} ${f(y)} M${f(W * 0.7)} ${f(y)} L${f(W * 0.88)} ${f(y)}`);
      c.add(`<path d="${scaffold.join(' ')}" stroke="#b4a27a" stroke-width="3" opacity="0.8"/>`);
      for (let i = 0; i < 5; i++) person(c, c.r(W * 0.15, W * 0.85), H * c.r(0.88, 0.99), H * 0.09, '#e07b2e');
    } else {
      const gx = W * c.r(0.3, 0.5);
      const gw = W * 0.4;
      const gt = H * 0.15;
      c.add(`<path d="M${f(gx)} ${f(hz)} L${f(gx + 20)} ${f(gt)} M${f(gx + gw)} ${f(hz)} L${f(gx + gw - 20)} ${f(gt)}" stroke="${steel}" stroke-width="22"/>`);
      c.add(`<rect x="${f(gx - 40)}" y="${f(gt - 30)}" width="${f(gw + 80)}" height="42" fill="${c.pick(['#c0912e', '#b8413a', steel])}"/>`);
      c.add(`<rect x="${f(gx + gw * 0.4)}" y="${f(gt + 12)}" width="60" height="40" fill="${steel}"/><path d="M${f(gx + gw * 0.4 + 30)} ${f(gt + 52)} L${f(gx + gw * 0.4 + 30)} ${f(H * 0.4)}" stroke="#222" stroke-width="3"/>`);
      for (let i = 0; i < 3; i++) {
        const jx = c.r(W * 0.05, W * 0.95);
        const jt = H * c.r(0.2, 0.35);
        const col = mix(c.pick(['#c0912e', '#b8413a', '#5d6670']), T.haze, 0.3);
        c.add(`<path d="M${f(jx)} ${f(hz)} L${f(jx)} ${f(jt)} L${f(jx + c.r(-240, 240))} ${f(jt - c.r(10, 60))}" stroke="${col}" stroke-width="10" fill="none"/>`);
      }
      c.add(`<path d="M${f(W * 0.2)} ${f(hz + 20)} L${f(W * 0.85)} ${f(hz + 20)} L${f(W * 0.8)} ${f(hz + 80)} L${f(W * 0.24)} ${f(hz + 80)} Z" fill="#2e3a4a"/><rect x="${f(W * 0.62)}" y="${f(hz - 50)}" width="${f(W * 0.12)}" height="70" fill="#d9d4c8"/>`);
      windowGrid(c, W * 0.62, hz - 44, W * 0.12, 30, { cols: 8, rows: 1, lit: T.low ? 0.5 : 0, color: '#3d4a5a' });
      c.add(`<rect x="0" y="${f(H * 0.86)}" width="${W}" height="${f(H * 0.14)}" fill="#5b5a55"/>`);
      for (let i = 0; i < 6; i++) person(c, c.r(0, W), H * c.r(0.95, 1.0), H * 0.14, c.pick(['#e07b2e', '#d9c23a']));
    }
  },

  hall(c) {
    const { W, H, spec } = c;
    const v = spec.variant;
    const wall = v === 'library' ? '#c9b89a' : v === 'council' ? '#b7a78e' : v === 'robotics' ? '#8d96a0' : '#a79c8b';
    c.add(`<rect width="${W}" height="${H}" fill="${c.lin([[0, mix(wall, '#ffffff', 0.1)], [1, mix(wall, '#000000', 0.15)]])}"/>`);
    const floorY = H * 0.62;
    if (v !== 'robotics') {
      const n = 4;
      for (let i = 0; i < n; i++) {
        const ww = W / n;
        const x = i * ww + ww * 0.22;
        const w = ww * 0.56;
        const top = H * 0.08;
        c.add(`<path d="M${f(x)} ${f(floorY - H * 0.12)} L${f(x)} ${f(top + w / 2)} A${f(w / 2)} ${f(w / 2)} 0 0 1 ${f(x + w)} ${f(top + w / 2)} L${f(x + w)} ${f(floorY - H * 0.12)} Z" fill="${c.lin([[0, '#eef2f2'], [1, '#cfd9dc']])}"/>`);
        c.add(`<path d="M${f(x + w / 2)} ${f(top)} L${f(x + w / 2)} ${f(floorY - H * 0.12)} M${f(x)} ${f(H * 0.3)} L${f(x + w)} ${f(H * 0.3)}" stroke="#7d7468" stroke-width="6"/>`);
        c.add(`<rect x="${f(i * ww - 16)}" y="0" width="32" height="${f(floorY)}" fill="${mix(wall, '#000000', 0.2)}"/>`);
      }
      glow(c, W / 2, H * 0.3, W * 0.5, '#fff8e8', 0.3);
    } else {
      const lights = [];
      for (let x = 100; x < W; x += 240) lights.push(`<rect x="${f(x)}" y="40" width="120" height="14" rx="6"/>`);
      c.add(`<g fill="#f4f2ea">${lights.join('')}</g>`);
      c.add(`<rect x="0" y="${f(H * 0.12)}" width="${W}" height="${f(H * 0.35)}" fill="#5a626c"/>`);
      const dots = [];
      for (let i = 0; i < 380; i++) dots.push(`<circle cx="${f(c.r(0, W))}" cy="${f(c.r(H * 0.16, H * 0.46))}" r="5" fill="${mix(c.pick(CLOTHES), '#8d96a0', 0.35)}"/>`);
      c.add(dots.join(''));
    }
    c.add(`<rect x="0" y="${f(floorY)}" width="${W}" height="${f(H - floorY)}" fill="${c.lin([[0, v === 'library' ? '#8a6a4a' : '#9a9186'], [1, v === 'library' ? '#5e4630' : '#6d655b']])}"/>`);
    const lines = [];
    for (let i = -12; i <= 12; i++) lines.push(`M${f(W / 2 + i * 40)} ${f(floorY)} L${f(W / 2 + i * 260)} ${f(H)}`);
    c.add(`<path d="${lines.join(' ')}" stroke="#000000" stroke-width="2" opacity="0.1"/>`);
    if (v === 'market') {
      const stalls = 4;
      for (let i = 0; i < stalls; i++) {
        const sw = W / stalls;
        const x = i * sw + 20;
        const w = sw - 40;
        const y = floorY + H * 0.05;
        const colA = c.pick(['#b8413a', '#2d5f8a', '#5f9a6a', '#c0912e']);
        const stripes = [];
        for (let k = 0; k < 8; k++) stripes.push(`<rect x="${f(x + (k * w) / 8)}" y="${f(y - H * 0.28)}" width="${f(w / 8)}" height="${f(H * 0.07)}" fill="${k % 2 ? '#efe9dc' : colA}"/>`);
        c.add(stripes.join(''));
        c.add(`<rect x="${f(x + 6)}" y="${f(y - H * 0.21)}" width="8" height="${f(H * 0.21)}" fill="#5a4632"/><rect x="${f(x + w - 14)}" y="${f(y - H * 0.21)}" width="8" height="${f(H * 0.21)}" fill="#5a4632"/>`);
        c.add(`<rect x="${f(x)}" y="${f(y - H * 0.06)}" width="${f(w)}" height="${f(H * 0.1)}" fill="#7a5a3c"/>`);
        const produce = [];
        for (let k = 0; k < 26; k++) produce.push(`<circle cx="${f(x + c.r(15, w - 15))}" cy="${f(y - H * 0.065 - c.r(0, 14))}" r="${f(c.r(7, 13))}" fill="${c.pick(['#c4553f', '#d9a53c', '#7aa04a', '#e0c060', '#9c4f7a'])}"/>`);
        c.add(produce.join(''));
      }
      const lamps = [];
      for (let x = 100; x < W; x += 280) {
        lamps.push(`<path d="M${f(x)} 0 L${f(x)} ${f(H * 0.18)}" stroke="#333" stroke-width="2"/>`);
        glow(c, x, H * 0.2, 60, LAMP, 0.6);
        lamps.push(`<path d="M${f(x - 26)} ${f(H * 0.2)} L${f(x + 26)} ${f(H * 0.2)} L${f(x + 12)} ${f(H * 0.18)} L${f(x - 12)} ${f(H * 0.18)} Z" fill="#3a3a3a"/>`);
      }
      c.add(lamps.join(''));
      crowd(c, H * 0.86, H * 1.06, { rows: 3, hBack: 150, hFront: 300, fade: '#a79c8b' });
    } else if (v === 'library') {
      for (const side of [0, 1]) {
        const x0 = side ? W * 0.78 : 0;
        const sw = W * 0.22;
        c.add(`<rect x="${f(x0)}" y="${f(H * 0.05)}" width="${f(sw)}" height="${f(floorY - H * 0.05 + 30)}" fill="#4e3626"/>`);
        for (let shelf = 0; shelf < 6; shelf++) {
          const sy = H * 0.08 + shelf * H * 0.095;
          let x = x0 + 10;
          const books = [];
          while (x < x0 + sw - 20) {
            const bw = c.r(10, 22);
            const bh = H * c.r(0.06, 0.082);
            books.push(`<rect x="${f(x)}" y="${f(sy + H * 0.085 - bh)}" width="${f(bw)}" height="${f(bh)}" fill="${c.pick(['#7a3b30', '#2f4b6a', '#5f7a4a', '#b08d57', '#6b4f6e', '#c9b89a', '#3d3d3d'])}"/>`);
            x += bw + 1;
          }
          c.add(books.join(''));
          c.add(`<rect x="${f(x0)}" y="${f(sy + H * 0.085)}" width="${f(sw)}" height="8" fill="#3a281c"/>`);
        }
      }
      for (let i = 0; i < 3; i++) {
        const ty = floorY + H * (0.08 + i * 0.1);
        const tw = W * (0.3 + i * 0.08);
        c.add(`<rect x="${f(W / 2 - tw / 2)}" y="${f(ty)}" width="${f(tw)}" height="${f(H * 0.03)}" fill="#6a4a30"/>`);
        for (let k = 0; k < 3; k++) {
          const lx = W / 2 - tw / 3 + (k * tw) / 3;
          glow(c, lx, ty - 30, 70, LAMP, 0.6);
          c.add(`<path d="M${f(lx)} ${f(ty)} L${f(lx)} ${f(ty - 30)}" stroke="#8a7a4a" stroke-width="4"/><path d="M${f(lx - 22)} ${f(ty - 24)} L${f(lx + 22)} ${f(ty - 24)} L${f(lx + 12)} ${f(ty - 40)} L${f(lx - 12)} ${f(ty - 40)} Z" fill="#3f7a52"/>`);
        }
        if (i === 1) person(c, W / 2 + tw * 0.3, ty + 10, H * 0.2, '#6b4f4f');
      }
    } else if (v === 'council') {
      for (let i = 0; i < 4; i++) {
        const y = floorY + H * (0.05 + i * 0.09);
        const rx = W * (0.25 + i * 0.08);
        c.add(`<path d="M${f(W / 2 - rx)} ${f(y)} Q${f(W / 2)} ${f(y + H * 0.1)} ${f(W / 2 + rx)} ${f(y)}" stroke="#5e3f2b" stroke-width="${f(22 + i * 6)}" fill="none"/>`);
        const n = 8 + i * 3;
        for (let k = 0; k <= n; k++) {
          const t = k / n;
          const x = W / 2 - rx + 2 * rx * t;
          const yy = y + H * 0.1 * 2 * t * (1 - t) - 8;
          if (c.chance(0.7)) person(c, x, yy, H * (0.09 + i * 0.03), mix(c.pick(CLOTHES), '#b7a78e', 0.3 - i * 0.07));
        }
      }
      c.add(`<rect x="${f(W / 2 - 120)}" y="${f(floorY - H * 0.16)}" width="240" height="${f(H * 0.18)}" fill="#4e3626"/><rect x="${f(W / 2 - 150)}" y="${f(floorY - H * 0.2)}" width="300" height="${f(H * 0.05)}" fill="#6a4a30"/>`);
      c.add(`<circle cx="${f(W / 2)}" cy="${f(H * 0.14)}" r="60" fill="#c9a85a" opacity="0.7"/><circle cx="${f(W / 2)}" cy="${f(H * 0.14)}" r="40" fill="#a88a44" opacity="0.7"/>`);
    } else if (v === 'robotics') {
      const ax = W * 0.2;
      const aw = W * 0.6;
      c.add(`<path d="M${f(ax)} ${f(floorY + 20)} L${f(ax + aw)} ${f(floorY + 20)} L${f(ax + aw + 120)} ${f(H * 0.92)} L${f(ax - 120)} ${f(H * 0.92)} Z" fill="#3c6fa0"/><path d="M${f(ax)} ${f(floorY + 20)} L${f(ax + aw)} ${f(floorY + 20)} L${f(ax + aw + 120)} ${f(H * 0.92)} L${f(ax - 120)} ${f(H * 0.92)} Z" fill="none" stroke="#e8e4da" stroke-width="10"/>`);
      c.add(`<path d="M${f(W / 2)} ${f(floorY + 20)} L${f(W / 2)} ${f(H * 0.92)}" stroke="#e8e4da" stroke-width="5" stroke-dasharray="20 16"/>`);
      for (let i = 0; i < 4; i++) {
        const rx = W * (0.28 + i * 0.15) + c.r(-30, 30);
        const ry = H * c.r(0.72, 0.85);
        const s = 90;
        const col = i % 2 ? '#c45c4a' : '#d9b24c';
        c.add(`<rect x="${f(rx - s / 2)}" y="${f(ry - s * 0.6)}" width="${s}" height="${f(s * 0.5)}" rx="8" fill="${col}"/><rect x="${f(rx - s * 0.3)}" y="${f(ry - s * 0.95)}" width="${f(s * 0.6)}" height="${f(s * 0.35)}" fill="#5a5f66"/><circle cx="${f(rx - s * 0.35)}" cy="${f(ry - s * 0.08)}" r="${f(s * 0.16)}" fill="#222"/><circle cx="${f(rx + s * 0.35)}" cy="${f(ry - s * 0.08)}" r="${f(s * 0.16)}" fill="#222"/><path d="M${f(rx + s * 0.3)} ${f(ry - s * 0.8)} l${f(s * 0.5)} ${f(-s * 0.3)}" stroke="#8a9098" stroke-width="8"/>`);
        glow(c, rx, ry - s * 0.8, 20, '#8fe08f', 0.8);
      }
      for (let i = 0; i < 3; i++) person(c, W * (0.08 + i * 0.42) + c.r(-20, 20), H * 0.99, H * 0.4, c.pick(CLOTHES));
    }
  },

  street(c) {
    const { W, H, T, spec } = c;
    const v = spec.variant;
    const kerb = H * 0.62;
    sky(c, H * 0.5, { clouds: !T.night });
    skyline(c, H * 0.34, { minH: 20, maxH: 120, color: mix(T.land, T.haze, 0.5), windows: T.night });
    let x = -20;
    while (x < W) {
      const bw = c.r(180, 340);
      const bh = H * c.r(0.3, 0.5);
      const col = mix(c.pick(['#a46f55', '#c2b49a', '#8c8f94', '#b58d6a', '#d1c6b0', '#7a8a8c']), T.night ? '#0c1220' : T.haze, T.night ? 0.7 : 0.15);
      c.add(`<rect x="${f(x)}" y="${f(kerb - bh)}" width="${f(bw)}" height="${f(bh)}" fill="${col}"/><rect x="${f(x - 4)}" y="${f(kerb - bh - 8)}" width="${f(bw + 8)}" height="12" fill="${mix(col, '#000000', 0.25)}"/>`);
      windowGrid(c, x + 16, kerb - bh + 20, bw - 32, bh - H * 0.12, { cols: Math.round(bw / 60), rows: Math.max(1, Math.round((bh - H * 0.12) / 70)), lit: T.night ? 0.45 : 0, color: mix(col, T.night ? '#05080f' : '#2b3440', 0.55), pad: 0.22 });
      const shop = mix(c.pick(['#2d5f8a', '#5f7a4a', '#7a3b30', '#3d3d3d']), '#000000', T.night ? 0.4 : 0);
      c.add(`<rect x="${f(x + 10)}" y="${f(kerb - H * 0.1)}" width="${f(bw - 20)}" height="${f(H * 0.1)}" fill="${T.night ? LAMP : '#c9d4d9'}" opacity="${T.night ? 0.6 : 0.7}"/><rect x="${f(x + 10)}" y="${f(kerb - H * 0.12)}" width="${f(bw - 20)}" height="${f(H * 0.025)}" fill="${shop}"/>`);
      x += bw;
    }
    c.add(`<rect x="0" y="${f(kerb)}" width="${W}" height="${f(H * 0.06)}" fill="${mix('#9b978e', T.haze, 0.2)}"/>`);
    const roadY = kerb + H * 0.06;
    c.add(`<rect x="0" y="${f(roadY)}" width="${W}" height="${f(H - roadY)}" fill="${c.lin([[0, mix('#55575a', T.haze, 0.1)], [1, '#36383b']])}"/>`);
    if (T.night || spec.rain) {
      const refl = [];
      for (let i = 0; i < 50; i++) refl.push(`<rect x="${f(c.r(0, W))}" y="${f(c.r(roadY, H))}" width="${f(c.r(6, 20))}" height="${f(c.r(20, 80))}" opacity="${f(c.r(0.1, 0.35))}"/>`);
      c.add(`<g fill="${LAMP}">${refl.join('')}</g>`);
    }
    for (let lx = c.r(60, 200); lx < W; lx += 420) {
      c.add(`<rect x="${f(lx)}" y="${f(kerb - H * 0.36)}" width="8" height="${f(H * 0.36 + 8)}" fill="#2a2d33"/><rect x="${f(lx - 30)}" y="${f(kerb - H * 0.37)}" width="40" height="10" fill="#2a2d33"/>`);
      if (T.night || T.low) glow(c, lx - 14, kerb - H * 0.355, 120, LAMP, T.night ? 0.8 : 0.4);
    }
    if (v === 'tram') {
      c.add(`<path d="M0 ${f(H * 0.2)} L${W} ${f(H * 0.22)}" stroke="#222" stroke-width="3"/>`);
      const tl = W * c.r(0.75, 0.95);
      const tx = c.r(-W * 0.05, W * 0.2);
      const ty = H * 0.9;
      const th = H * 0.3;
      c.add(`<path d="M${f(tx + tl * 0.4)} ${f(ty - th - 5)} L${f(tx + tl * 0.48)} ${f(H * 0.21)} L${f(tx + tl * 0.56)} ${f(ty - th - 5)}" stroke="#222" stroke-width="4" fill="none"/>`);
      const body = mix('#d9c23a', '#000000', T.night ? 0.45 : 0);
      c.add(`<rect x="${f(tx)}" y="${f(ty - th)}" width="${f(tl)}" height="${f(th)}" rx="26" fill="${body}"/><rect x="${f(tx)}" y="${f(ty - th * 0.25)}" width="${f(tl)}" height="${f(th * 0.12)}" fill="#3a4048"/>`);
      windowGrid(c, tx + 20, ty - th * 0.85, tl - 40, th * 0.45, { cols: Math.round(tl / 110), rows: 1, lit: T.night ? 1 : 0, color: mix('#2e3a48', T.haze, 0.15), pad: 0.08 });
      c.add(`<rect x="${f(tx)}" y="${f(ty - 4)}" width="${f(tl)}" height="10" fill="#1b1d20"/><path d="M0 ${f(ty + 12)} L${W} ${f(ty + 12)} M0 ${f(ty + 30)} L${W} ${f(ty + 30)}" stroke="#8a8c8e" stroke-width="4"/>`);
    } else if (v === 'bus') {
      const bl = W * 0.55;
      const bx = W * c.r(0.3, 0.42);
      const by = H * 0.88;
      const bh = H * 0.28;
      const body = mix(c.pick(['#2d5f8a', '#b8413a', '#3f7a52']), '#000000', T.night ? 0.45 : 0);
      c.add(`<rect x="${f(bx)}" y="${f(by - bh)}" width="${f(bl)}" height="${f(bh)}" rx="18" fill="${body}"/>`);
      windowGrid(c, bx + 16, by - bh * 0.88, bl - 32, bh * 0.42, { cols: 6, rows: 1, lit: T.night ? 1 : 0, color: '#2e3a48', pad: 0.06 });
      c.add(`<circle cx="${f(bx + bl * 0.18)}" cy="${f(by)}" r="${f(bh * 0.16)}" fill="#1b1d20"/><circle cx="${f(bx + bl * 0.82)}" cy="${f(by)}" r="${f(bh * 0.16)}" fill="#1b1d20"/>`);
      if (T.night) glow(c, bx + bl, by - bh * 0.2, 140, '#fff3cf', 0.7);
      const sx = W * 0.14;
      c.add(`<rect x="${f(sx)}" y="${f(kerb - H * 0.3)}" width="${f(W * 0.14)}" height="10" fill="#2a2d33"/><rect x="${f(sx)}" y="${f(kerb - H * 0.3)}" width="8" height="${f(H * 0.3 + H * 0.04)}" fill="#2a2d33"/><rect x="${f(sx + 10)}" y="${f(kerb - H * 0.28)}" width="${f(W * 0.13)}" height="${f(H * 0.25)}" fill="#c9d4d9" opacity="0.25"/>`);
      if (T.night) glow(c, sx + W * 0.07, kerb - H * 0.2, 140, '#e8f0ff', 0.35);
      for (let i = 0; i < 3; i++) person(c, sx + 40 + i * 70, kerb + H * 0.04, H * 0.24, mix(c.pick(CLOTHES), '#000000', T.night ? 0.5 : 0));
    } else {
      const laneY = roadY + H * 0.04;
      c.add(`<rect x="0" y="${f(laneY)}" width="${W}" height="${f(H * 0.12)}" fill="#5f8a5a" opacity="0.85"/><rect x="0" y="${f(laneY + H * 0.12)}" width="${W}" height="8" fill="#e8e4da"/>`);
      const bollards = [];
      for (let bx = 40; bx < W; bx += 140) bollards.push(`<rect x="${f(bx)}" y="${f(laneY + H * 0.12 - 40)}" width="12" height="48" rx="4"/>`);
      c.add(`<g fill="#e8e4da">${bollards.join('')}</g>`);
      for (let i = 0; i < 3; i++) {
        const cx = W * (0.15 + i * 0.3) + c.r(-40, 40);
        const cy = laneY + H * 0.1;
        const s = H * 0.22;
        c.add(`<circle cx="${f(cx - s * 0.35)}" cy="${f(cy - s * 0.12)}" r="${f(s * 0.16)}" fill="none" stroke="#1e2126" stroke-width="5"/><circle cx="${f(cx + s * 0.35)}" cy="${f(cy - s * 0.12)}" r="${f(s * 0.16)}" fill="none" stroke="#1e2126" stroke-width="5"/><path d="M${f(cx - s * 0.35)} ${f(cy - s * 0.12)} L${f(cx - s * 0.05)} ${f(cy - s * 0.42)} L${f(cx + s * 0.25)} ${f(cy - s * 0.42)} L${f(cx + s * 0.35)} ${f(cy - s * 0.12)} M${f(cx - s * 0.05)} ${f(cy - s * 0.42)} L${f(cx)} ${f(cy - s * 0.12)}" stroke="${c.pick(['#b8413a', '#2d5f8a', '#3a3f46'])}" stroke-width="6" fill="none"/>`);
        const col = c.pick(CLOTHES);
        c.add(`<path d="M${f(cx - s * 0.08)} ${f(cy - s * 0.5)} L${f(cx + s * 0.1)} ${f(cy - s * 0.85)} L${f(cx + s * 0.28)} ${f(cy - s * 0.5)}" stroke="${col}" stroke-width="${f(s * 0.1)}" stroke-linecap="round" fill="none"/><path d="M${f(cx - s * 0.06)} ${f(cy - s * 0.48)} L${f(cx)} ${f(cy - s * 0.15)}" stroke="#2a2d33" stroke-width="${f(s * 0.07)}" stroke-linecap="round"/><circle cx="${f(cx + s * 0.14)}" cy="${f(cy - s * 0.97)}" r="${f(s * 0.08)}" fill="${c.pick(SKIN)}"/><path d="M${f(cx + s * 0.06)} ${f(cy - s * 1.0)} a${f(s * 0.09)} ${f(s * 0.09)} 0 0 1 ${f(s * 0.18)} 0 Z" fill="${c.pick(['#e8e4da', '#d9b24c', '#3a3f46'])}"/>`);
      }
    }
  },

  facade(c) {
    const { W, H, T, spec } = c;
    const base = H * 0.78;
    sky(c, H * 0.6);
    if (spec.variant === 'industrial') {
      ridge(c, H * 0.5, H * 0.03, mix(T.land, T.haze, 0.5), { n: 6 });
      ground(c, H * 0.55, '#7a7b74');
      const bx = W * 0.12;
      const bw = W * 0.76;
      const bh = H * 0.28;
      c.add(`<rect x="${f(bx)}" y="${f(base - bh)}" width="${f(bw)}" height="${f(bh)}" fill="#c9ccce"/>`);
      const ribs = [];
      for (let x = bx; x < bx + bw; x += 24) ribs.push(`<rect x="${f(x)}" y="${f(base - bh)}" width="3" height="${f(bh)}"/>`);
      c.add(`<g fill="#9ea3a7">${ribs.join('')}</g>`);
      for (let i = 0; i < 6; i++) {
        const ux = bx + 40 + (i * (bw - 80)) / 6;
        c.add(`<rect x="${f(ux)}" y="${f(base - bh - 50)}" width="${f(bw / 8)}" height="50" fill="#8a9096"/><circle cx="${f(ux + bw / 32)}" cy="${f(base - bh - 50)}" r="${f(bw / 40)}" fill="#5c6369"/><circle cx="${f(ux + (bw * 3) / 32)}" cy="${f(base - bh - 50)}" r="${f(bw / 40)}" fill="#5c6369"/>`);
      }
      c.add(`<rect x="${f(bx + bw * 0.42)}" y="${f(base - bh * 0.4)}" width="${f(bw * 0.12)}" height="${f(bh * 0.4)}" fill="#3e464e"/>`);
      const fence = [];
      for (let x = 0; x < W; x += 30) fence.push(`M${f(x)} ${f(H * 0.82)} L${f(x)} ${f(H * 0.98)}`);
      fence.push(`M0 ${f(H * 0.83)} L${W} ${f(H * 0.83)} M0 ${f(H * 0.9)} L${W} ${f(H * 0.9)}`);
      c.add(`<path d="${fence.join(' ')}" stroke="#4a4f55" stroke-width="3"/>`);
      const diamonds = [];
      for (let x = -200; x < W; x += 16) diamonds.push(`M${f(x)} ${f(H * 0.83)} L${f(x + 120)} ${f(H * 0.98)}`);
      c.add(`<path d="${diamonds.join(' ')}" stroke="#4a4f55" stroke-width="1" opacity="0.5"/>`);
      return;
    }
    const stone = mix('#c8b999', T.night ? '#101520' : T.haze, 0.2);
    const bx = W * 0.1;
    const bw = W * 0.8;
    const bh = H * 0.5;
    c.add(`<rect x="${f(bx)}" y="${f(base - bh)}" width="${f(bw)}" height="${f(bh)}" fill="${stone}"/>`);
    c.add(`<path d="M${f(bx + bw * 0.2)} ${f(base - bh)} L${f(bx + bw / 2)} ${f(base - bh - H * 0.16)} L${f(bx + bw * 0.8)} ${f(base - bh)} Z" fill="${mix(stone, '#000000', 0.08)}"/><path d="M${f(bx + bw * 0.27)} ${f(base - bh - 6)} L${f(bx + bw / 2)} ${f(base - bh - H * 0.12)} L${f(bx + bw * 0.73)} ${f(base - bh - 6)} Z" fill="${mix(stone, '#000000', 0.18)}"/>`);
    c.add(`<rect x="${f(bx - 10)}" y="${f(base - bh - 4)}" width="${f(bw + 20)}" height="16" fill="${mix(stone, '#000000', 0.15)}"/>`);
    const cols = [];
    for (let i = 0; i < 6; i++) {
      const cx = bx + bw * 0.22 + (i * bw * 0.56) / 5;
      cols.push(`<rect x="${f(cx - 14)}" y="${f(base - bh + 12)}" width="28" height="${f(bh - 12)}" fill="${mix(stone, '#ffffff', 0.15)}"/><rect x="${f(cx - 20)}" y="${f(base - bh + 12)}" width="40" height="12" fill="${mix(stone, '#000000', 0.1)}"/>`);
    }
    windowGrid(c, bx + 20, base - bh + 30, bw * 0.17, bh - 60, { cols: 2, rows: 3, lit: T.night || T.low ? 0.8 : 0, color: mix(stone, '#1f2530', 0.6), pad: 0.2 });
    windowGrid(c, bx + bw * 0.83 - 20, base - bh + 30, bw * 0.17, bh - 60, { cols: 2, rows: 3, lit: T.night || T.low ? 0.8 : 0, color: mix(stone, '#1f2530', 0.6), pad: 0.2 });
    c.add(`<rect x="${f(bx + bw * 0.3)}" y="${f(base - bh + 30)}" width="${f(bw * 0.4)}" height="${f(bh - 30)}" fill="${mix(stone, '#1f2530', 0.5)}"/>`);
    if (T.low) glow(c, bx + bw / 2, base - bh * 0.3, bw * 0.3, LAMP, 0.5);
    c.add(cols.join(''));
    for (let i = 0; i < 4; i++) c.add(`<rect x="${f(bx + bw * 0.2 - i * 20)}" y="${f(base + i * 14)}" width="${f(bw * 0.6 + i * 40)}" height="15" fill="${mix(stone, '#000000', 0.05 + i * 0.04)}"/>`);
    ground(c, base + 56, T.snow ? '#e4e8ec' : '#8a867c');
    for (let i = 0; i < 2; i++) tree(c, i ? W * 0.95 : W * 0.05, H * 0.98, H * 0.55, T.snow ? '#6b7078' : mix('#4f6b3a', T.haze, 0.2));
    if (T.snow) c.add(`<rect x="${f(bx - 10)}" y="${f(base - bh - 10)}" width="${f(bw + 20)}" height="8" fill="#f4f6f8"/>`);
    for (let i = 0; i < 4; i++) person(c, c.r(W * 0.15, W * 0.85), H * c.r(0.93, 0.99), H * 0.16, mix(c.pick(CLOTHES), '#000000', T.low ? 0.3 : 0));
  },

  concert(c) {
    const { W, H, T } = c;
    const hz = H * 0.55;
    sky(c, hz, { sun: !T.night });
    water(c, hz);
    skyline(c, hz, { minH: 15, maxH: 70, color: mix(T.land, T.haze, 0.3), windows: true });
    const sx = W / 2;
    const sw = W * 0.42;
    const sy = H * 0.62;
    c.add(`<path d="M${f(sx - sw / 2)} ${f(sy)} Q${f(sx)} ${f(sy - H * 0.55)} ${f(sx + sw / 2)} ${f(sy)} Z" fill="#e8e2d4"/><path d="M${f(sx - sw * 0.4)} ${f(sy)} Q${f(sx)} ${f(sy - H * 0.42)} ${f(sx + sw * 0.4)} ${f(sy)} Z" fill="#2a2630"/>`);
    const beams = ['#f2c27a', '#9fb8e8', '#e89fb0', '#f2c27a'];
    beams.forEach((b, i) => {
      const bx = sx - sw * 0.3 + (i * sw * 0.6) / 3;
      c.add(`<path d="M${f(bx)} ${f(sy - H * 0.2)} L${f(bx + c.r(-300, 300) - 80)} ${f(-20)} L${f(bx + c.r(-300, 300) + 80)} ${f(-20)} Z" fill="${c.lin([[0, b, 0.5], [1, b, 0]], 0, 1, 0, 0)}"/>`);
      glow(c, bx, sy - H * 0.2, 40, b, 0.9);
    });
    c.add(`<rect x="${f(sx - sw / 2)}" y="${f(sy)}" width="${f(sw)}" height="${f(H * 0.05)}" fill="#1a1a1e"/>`);
    for (let i = 0; i < 12; i++) person(c, sx - sw * 0.32 + (i * sw * 0.64) / 11, sy, H * 0.07, '#111', { skin: '#d9b48f' });
    c.add(`<rect x="0" y="${f(sy + H * 0.05)}" width="${W}" height="${f(H)}" fill="${mix(T.land, '#000000', 0.3)}"/>`);
    crowd(c, sy + H * 0.12, H * 1.05, { rows: 5, hBack: 90, hFront: 460, dark: true, arms: 0.2, fade: '#2a2835' });
  },

  windfarm(c) {
    const { W, H, T, spec } = c;
    const hz = H * c.r(0.58, 0.66);
    sky(c, hz);
    const col = mix('#f2f2ef', T.haze, 0.15);
    if (spec.variant === 'sea') {
      water(c, hz);
      const n = 14;
      for (let i = 0; i < n; i++) {
        const t = c.r() ** 2;
        const h = 60 + (1 - t) * 380;
        const x = c.r(0, W);
        turbine(c, x, hz + (1 - t) * H * 0.12, h, c.r(0, 120), mix(col, T.haze, t * 0.6));
      }
      const bx = W * 0.2;
      c.add(`<path d="M${f(bx)} ${f(H * 0.92)} L${f(bx + 300)} ${f(H * 0.92)} L${f(bx + 270)} ${f(H * 0.97)} L${f(bx + 20)} ${f(H * 0.97)} Z" fill="#d9b24c"/><rect x="${f(bx + 40)}" y="${f(H * 0.87)}" width="120" height="40" fill="#e8e4da"/>`);
    } else {
      ridge(c, hz - H * 0.05, H * 0.04, mix(T.land, T.haze, 0.6), { n: 6 });
      for (let i = 0; i < 6; i++) turbine(c, c.r(0, W), hz - H * c.r(0.0, 0.05), c.r(110, 180), c.r(0, 120), mix(col, T.haze, 0.45));
      ridge(c, hz + H * 0.04, H * 0.06, mix(T.land, T.haze, 0.3), { n: 7 });
      for (let i = 0; i < 4; i++) turbine(c, W * (0.1 + i * 0.27) + c.r(-60, 60), hz + H * c.r(0.05, 0.1), c.r(300, 420), c.r(0, 120), col);
      ridge(c, H * 0.86, H * 0.04, mix(T.land, '#000000', 0.15), { n: 8 });
      const sheep = [];
      for (let i = 0; i < 14; i++) sheep.push(`<ellipse cx="${f(c.r(0, W))}" cy="${f(c.r(H * 0.9, H * 0.98))}" rx="14" ry="9"/>`);
      c.add(`<g fill="#e6e2d8">${sheep.join('')}</g>`);
    }
  },

  underwater(c) {
    const { W, H } = c;
    c.add(`<rect width="${W}" height="${H}" fill="${c.lin([[0, '#5f9fa8'], [0.5, '#2f6a7a'], [1, '#143646']])}"/>`);
    for (let i = 0; i < 6; i++) {
      const x = c.r(0, W);
      c.add(`<path d="M${f(x)} 0 L${f(x + 60)} 0 L${f(x + 260)} ${f(H)} L${f(x + 120)} ${f(H)} Z" fill="${c.lin([[0, '#e8f4f0', 0.25], [1, '#e8f4f0', 0]])}"/>`);
    }
    for (let layer = 0; layer < 2; layer++) {
      const col = layer ? '#5a6a2c' : mix('#5a6a2c', '#2f6a7a', 0.6);
      for (let i = 0; i < (layer ? 9 : 14); i++) {
        let x = c.r(0, W);
        let y = H + 10;
        const top = c.r(H * 0.05, H * 0.5);
        let d = `M${f(x)} ${f(y)}`;
        const leaves = [];
        while (y > top) {
          const nx = x + c.r(-30, 30);
          const ny = y - c.r(50, 90);
          d += ` Q${f(x + c.r(-40, 40))} ${f((y + ny) / 2)} ${f(nx)} ${f(ny)}`;
          leaves.push(`<ellipse cx="${f(nx + 20)}" cy="${f(ny)}" rx="${layer ? 34 : 22}" ry="${layer ? 10 : 7}" transform="rotate(${f(c.r(-40, 10))} ${f(nx)} ${f(ny)})"/>`);
          x = nx;
          y = ny;
        }
        c.add(`<path d="${d}" stroke="${col}" stroke-width="${layer ? 8 : 5}" fill="none"/><g fill="${col}">${leaves.join('')}</g>`);
      }
    }
    const fish = [];
    for (let i = 0; i < 18; i++) {
      const x = c.r(0, W);
      const y = c.r(H * 0.1, H * 0.6);
      const s = c.r(10, 26);
      fish.push(`<path d="M${f(x)} ${f(y)} q${f(s)} ${f(-s * 0.5)} ${f(s * 2)} 0 q${f(-s)} ${f(s * 0.5)} ${f(-s * 2)} 0 Z M${f(x + s * 2)} ${f(y)} l${f(s * 0.6)} ${f(-s * 0.4)} l0 ${f(s * 0.8)} Z"/>`);
    }
    c.add(`<g fill="#c9d6cf" opacity="0.6">${fish.join('')}</g>`);
    ridge(c, H * 0.9, H * 0.04, '#23313a', { n: 10 });
    person(c, W * c.r(0.6, 0.8), H * 0.45, H * 0.18, '#1c2229', { skin: '#1c2229' });
    const bubbles = [];
    for (let i = 0; i < 30; i++) bubbles.push(`<circle cx="${f(W * 0.7 + c.r(-40, 40))}" cy="${f(c.r(0, H * 0.35))}" r="${f(c.r(2, 7))}"/>`);
    c.add(`<g fill="none" stroke="#e8f4f0" stroke-width="2" opacity="0.6">${bubbles.join('')}</g>`);
  },

  servers(c) {
    const { W, H } = c;
    const vx = W * c.r(0.45, 0.55);
    const vy = H * 0.45;
    c.add(`<rect width="${W}" height="${H}" fill="#1a2129"/>`);
    c.add(`<path d="M0 0 L${W} 0 L${f(vx + 80)} ${f(vy - 60)} L${f(vx - 80)} ${f(vy - 60)} Z" fill="#2a333d"/>`);
    c.add(`<path d="M0 ${H} L${W} ${H} L${f(vx + 80)} ${f(vy + 60)} L${f(vx - 80)} ${f(vy + 60)} Z" fill="#3b444d"/>`);
    const tiles = [];
    for (let i = -10; i <= 10; i++) tiles.push(`M${f(vx + i * 8)} ${f(vy + 60)} L${f(vx + i * 160)} ${H}`);
    for (let k = 1; k < 8; k++) {
      const t = (k / 8) ** 2;
      const y = vy + 60 + (H - vy - 60) * t;
      tiles.push(`M0 ${f(y)} L${W} ${f(y)}`);
    }
    c.add(`<path d="${tiles.join(' ')}" stroke="#596470" stroke-width="2" opacity="0.6"/>`);
    const lights = [];
    for (let k = 0; k < 8; k++) {
      const t = (k / 8) ** 1.6;
      const y = (vy - 60) * t;
      const hw = (1 - t) * W * 0.08 + 10;
      lights.push(`<rect x="${f(vx - hw)}" y="${f(y + 8)}" width="${f(hw * 2)}" height="${f(4 + (1 - t) * 10)}"/>`);
    }
    c.add(`<g fill="#dfe9f2" opacity="0.85">${lights.join('')}</g>`);
    for (const side of [-1, 1]) {
      const edge = side < 0 ? 0 : W;
      const inner = side < 0 ? vx - 80 : vx + 80;
      c.add(`<path d="M${f(edge)} ${f(H * 0.05)} L${f(inner)} ${f(vy - 50)} L${f(inner)} ${f(vy + 50)} L${f(edge)} ${f(H * 0.95)} Z" fill="#11161c"/>`);
      const racks = 9;
      const leds = [];
      const seams = [];
      for (let k = 0; k <= racks; k++) {
        const t = 1 - (1 - k / racks) ** 2.2;
        const x = edge + (inner - edge) * t;
        const top = H * 0.05 + (vy - 50 - H * 0.05) * t;
        const bot = H * 0.95 + (vy + 50 - H * 0.95) * t;
        seams.push(`M${f(x)} ${f(top)} L${f(x)} ${f(bot)}`);
        if (k < racks) {
          const t2 = 1 - (1 - (k + 1) / racks) ** 2.2;
          const x2 = edge + (inner - edge) * t2;
          for (let j = 0; j < 14; j++) {
            const u = (j + 0.5) / 14;
            const yy = top + (bot - top) * u;
            const n = c.ri(1, 3);
            for (let m = 0; m < n; m++) {
              const lx = x + (x2 - x) * c.r(0.15, 0.85);
              const s = Math.max(2, (1 - t) * 7);
              leds.push(`<rect x="${f(lx)}" y="${f(yy)}" width="${f(s)}" height="${f(s * 0.7)}" fill="${c.pick(['#5fd38a', '#5fd38a', '#5fb0e0', '#e0b05f'])}"/>`);
            }
          }
        }
      }
      c.add(`<path d="${seams.join(' ')}" stroke="#39424c" stroke-width="3"/>${leds.join('')}`);
    }
    glow(c, vx, vy, W * 0.2, '#8fb8d8', 0.25);
  },

  apartments(c) {
    const { W, H, T } = c;
    sky(c, H * 0.8);
    let x = -30;
    while (x < W) {
      const bw = c.r(260, 420);
      const bh = H * c.r(0.45, 0.8);
      const col = mix(c.pick(['#c9bfae', '#b3a48c', '#a8b0b4', '#d2c3a2', '#9c8a78']), T.haze, 0.1);
      const top = H * 0.95 - bh;
      c.add(`<rect x="${f(x)}" y="${f(top)}" width="${f(bw)}" height="${f(bh)}" fill="${col}"/>`);
      const rows = Math.round(bh / 70);
      const cols = Math.round(bw / 80);
      windowGrid(c, x + 15, top + 15, bw - 30, bh - 40, { cols, rows, color: mix(col, '#2b3440', 0.55), pad: 0.22 });
      const balconies = [];
      for (let r = 0; r < rows; r++) {
        if (r % 2) continue;
        const by = top + 15 + ((r + 1) * (bh - 40)) / rows - 12;
        balconies.push(`<rect x="${f(x + 15)}" y="${f(by)}" width="${f(bw - 30)}" height="10"/>`);
      }
      c.add(`<g fill="${mix(col, '#000000', 0.25)}">${balconies.join('')}</g>`);
      const plants = [];
      for (let k = 0; k < 6; k++) plants.push(`<circle cx="${f(x + c.r(20, bw - 20))}" cy="${f(top + c.r(0.1, 0.9) * bh)}" r="${f(c.r(6, 12))}"/>`);
      c.add(`<g fill="#5f7a4a">${plants.join('')}</g>`);
      x += bw + c.r(10, 40);
    }
    ground(c, H * 0.95, '#7a776f');
    for (let i = 0; i < 5; i++) tree(c, c.r(0, W), H * 1.02, c.r(200, 320), mix('#4f6b3a', T.haze, 0.1));
  },

  regatta(c) {
    const { W, H, T } = c;
    const hz = H * 0.45;
    sky(c, hz);
    if (T.grey) {
      for (let i = 0; i < 6; i++) cloud(c, c.r(0, W), c.r(0, hz * 0.6), c.r(500, 900), '#2b323a', c.r(0.4, 0.7));
    }
    farLayers(c, hz);
    water(c, hz);
    for (let i = 0; i < 6; i++) {
      const t = i / 5;
      const y = hz + H * 0.08 + t * H * 0.4 + c.r(-20, 20);
      const len = 200 + t * 700;
      const x = c.r(-len * 0.2, W - len * 0.8);
      const hull = c.pick(['#e8e4da', '#c45c4a', '#d9b24c', '#2d5f8a']);
      const s = 0.3 + t;
      c.add(`<path d="M${f(x)} ${f(y)} Q${f(x + len / 2)} ${f(y + 14 * s)} ${f(x + len)} ${f(y)} Z" fill="${mix(hull, T.haze, (1 - t) * 0.5)}"/>`);
      const rowers = 8;
      const oars = [];
      for (let k = 0; k < rowers; k++) {
        const rx = x + len * (0.15 + (0.7 * k) / (rowers - 1));
        person(c, rx, y, 34 * s, mix(c.pick(['#2d5f8a', '#b8413a', '#2f3540']), T.haze, (1 - t) * 0.5));
        oars.push(`M${f(rx)} ${f(y - 8 * s)} L${f(rx - 50 * s)} ${f(y + 30 * s)}`);
      }
      c.add(`<path d="${oars.join(' ')}" stroke="#d9d4c8" stroke-width="${f(2 + 2 * s)}"/>`);
    }
    const buoys = [];
    for (let i = 0; i < 12; i++) buoys.push(`<circle cx="${f((i * W) / 11)}" cy="${f(hz + H * 0.05 + i * 2)}" r="6"/>`);
    c.add(`<g fill="#e07b2e">${buoys.join('')}</g>`);
  },

  lighthouse(c) {
    const { W, H, T } = c;
    const hz = H * 0.6;
    sky(c, hz, { sunX: W * 0.2 });
    water(c, hz);
    const lx = W * c.r(0.55, 0.7);
    const cliffTop = H * 0.52;
    c.add(`<path d="M${f(lx - W * 0.3)} ${f(H)} L${f(lx - W * 0.22)} ${f(cliffTop + 30)} Q${f(lx)} ${f(cliffTop - 20)} ${f(lx + W * 0.3)} ${f(cliffTop + 20)} L${W + 20} ${f(cliffTop + 40)} L${W + 20} ${f(H)} Z" fill="${mix('#5f5a50', T.haze, T.night ? 0 : 0.15)}"/>`);
    c.add(`<path d="M${f(lx - W * 0.2)} ${f(cliffTop + 28)} Q${f(lx)} ${f(cliffTop - 24)} ${f(lx + W * 0.3)} ${f(cliffTop + 18)} L${W + 20} ${f(cliffTop + 38)} L${W + 20} ${f(cliffTop + 70)} Q${f(lx)} ${f(cliffTop + 20)} ${f(lx - W * 0.2)} ${f(cliffTop + 60)} Z" fill="${mix('#6a7a4a', T.night ? '#0c1220' : T.haze, T.night ? 0.7 : 0.2)}"/>`);
    const top = H * 0.14;
    const base = cliffTop - 4;
    const wb = W * 0.035;
    const wt = W * 0.022;
    const white = mix('#eeeae0', '#0c1220', T.night ? 0.6 : 0);
    const red = mix('#b8413a', '#0c1220', T.night ? 0.6 : 0);
    c.add(`<path d="M${f(lx - wb)} ${f(base)} L${f(lx - wt)} ${f(top)} L${f(lx + wt)} ${f(top)} L${f(lx + wb)} ${f(base)} Z" fill="${white}"/>`);
    for (let i = 0; i < 3; i++) {
      const y0 = top + ((base - top) * (i * 2 + 1)) / 7;
      const y1 = top + ((base - top) * (i * 2 + 2)) / 7;
      const w0 = wt + ((wb - wt) * (y0 - top)) / (base - top);
      const w1 = wt + ((wb - wt) * (y1 - top)) / (base - top);
      c.add(`<path d="M${f(lx - w0)} ${f(y0)} L${f(lx + w0)} ${f(y0)} L${f(lx + w1)} ${f(y1)} L${f(lx - w1)} ${f(y1)} Z" fill="${red}"/>`);
    }
    c.add(`<rect x="${f(lx - wt * 1.4)}" y="${f(top - 8)}" width="${f(wt * 2.8)}" height="10" fill="#2a2d33"/><rect x="${f(lx - wt * 0.9)}" y="${f(top - 50)}" width="${f(wt * 1.8)}" height="42" fill="${T.night ? '#fff2c4' : '#c9d4d9'}"/><path d="M${f(lx - wt * 1.1)} ${f(top - 50)} L${f(lx)} ${f(top - 80)} L${f(lx + wt * 1.1)} ${f(top - 50)} Z" fill="${red}"/>`);
    if (T.night) {
      c.add(`<path d="M${f(lx)} ${f(top - 30)} L${f(-50)} ${f(top - 160)} L${f(-50)} ${f(top + 140)} Z" fill="${c.lin([[0, '#fff2c4', 0.55], [1, '#fff2c4', 0]], 1, 0, 0, 0)}"/>`);
      glow(c, lx, top - 30, 120, '#fff2c4', 0.9);
    }
    const hx = lx + W * 0.08;
    c.add(`<rect x="${f(hx)}" y="${f(base - 70)}" width="190" height="76" fill="${white}"/><path d="M${f(hx - 10)} ${f(base - 70)} L${f(hx + 95)} ${f(base - 120)} L${f(hx + 200)} ${f(base - 70)} Z" fill="${mix('#4a4f55', '#0c1220', T.night ? 0.5 : 0)}"/>`);
    windowGrid(c, hx + 15, base - 55, 160, 40, { cols: 3, rows: 1, lit: T.night ? 1 : 0, color: '#3d4a5a', pad: 0.25 });
    const rocks = [];
    for (let i = 0; i < 10; i++) rocks.push(`<ellipse cx="${f(lx - W * 0.3 + c.r(-100, 100))}" cy="${f(c.r(H * 0.75, H))}" rx="${f(c.r(30, 90))}" ry="${f(c.r(15, 40))}"/>`);
    c.add(`<g fill="${mix('#4a4640', '#0c1220', T.night ? 0.5 : 0)}">${rocks.join('')}</g>`);
    const foam = [];
    for (let i = 0; i < 20; i++) foam.push(`<ellipse cx="${f(lx - W * 0.3 + c.r(-160, 160))}" cy="${f(c.r(H * 0.72, H))}" rx="${f(c.r(20, 60))}" ry="4"/>`);
    c.add(`<g fill="#f2f4f4" opacity="0.5">${foam.join('')}</g>`);
  },

  airport(c) {
    const { W, H, T } = c;
    const hz = H * 0.5;
    sky(c, hz);
    ground(c, hz, mix('#6f7f5f', T.haze, 0.3));
    const vx = W * c.r(0.45, 0.55);
    c.add(`<path d="M${f(vx - 20)} ${f(hz)} L${f(vx + 20)} ${f(hz)} L${f(vx + W * 0.45)} ${H} L${f(vx - W * 0.45)} ${H} Z" fill="#4a4c50"/>`);
    const dashes = [];
    for (let k = 0; k < 12; k++) {
      const t0 = (k / 12) ** 1.8;
      const t1 = ((k + 0.5) / 12) ** 1.8;
      const y0 = hz + (H - hz) * t0;
      const y1 = hz + (H - hz) * t1;
      const w = 2 + t0 * 16;
      dashes.push(`<path d="M${f(vx - w / 2)} ${f(y0)} L${f(vx + w / 2)} ${f(y0)} L${f(vx + w)} ${f(y1)} L${f(vx - w)} ${f(y1)} Z"/>`);
    }
    c.add(`<g fill="#e8e4da">${dashes.join('')}</g>`);
    const edge = [];
    for (let k = 0; k < 14; k++) {
      const t = (k / 14) ** 1.7;
      const y = hz + (H - hz) * t;
      const half = 20 + (W * 0.45 - 20) * t;
      const r = 2 + t * 10;
      edge.push(`<circle cx="${f(vx - half)}" cy="${f(y)}" r="${f(r)}"/><circle cx="${f(vx + half)}" cy="${f(y)}" r="${f(r)}"/>`);
    }
    c.add(`<g fill="${LAMP}">${edge.join('')}</g>`);
    const tx = W * c.r(0.08, 0.2);
    c.add(`<rect x="${f(tx)}" y="${f(hz - H * 0.3)}" width="30" height="${f(H * 0.3)}" fill="#7a7e84"/><path d="M${f(tx - 30)} ${f(hz - H * 0.3)} L${f(tx + 60)} ${f(hz - H * 0.3)} L${f(tx + 45)} ${f(hz - H * 0.36)} L${f(tx - 15)} ${f(hz - H * 0.36)} Z" fill="#3d4a5a"/>`);
    c.add(`<rect x="${f(W * 0.6)}" y="${f(hz - H * 0.08)}" width="${f(W * 0.38)}" height="${f(H * 0.08)}" fill="#b9bcbf"/>`);
    windowGrid(c, W * 0.6, hz - H * 0.07, W * 0.38, H * 0.05, { cols: 24, rows: 1, color: '#4a5866', pad: 0.1 });
    const px = W * c.r(0.55, 0.75);
    const py = hz + H * 0.12;
    const s = W * 0.22;
    const body = mix('#e8e8e4', T.haze, T.fog ? 0.4 : 0);
    c.add(`<rect x="${f(px - s)}" y="${f(py - s * 0.08)}" width="${f(s * 2)}" height="${f(s * 0.12)}" rx="${f(s * 0.06)}" fill="${body}"/><path d="M${f(px - s * 0.2)} ${f(py)} L${f(px + s * 0.2)} ${f(py)} L${f(px + s * 0.9)} ${f(py + s * 0.1)} L${f(px - s * 0.9)} ${f(py + s * 0.1)} Z" fill="${mix(body, '#000000', 0.1)}"/><path d="M${f(px + s * 0.8)} ${f(py - s * 0.08)} L${f(px + s)} ${f(py - s * 0.4)} L${f(px + s * 1.02)} ${f(py - s * 0.05)} Z" fill="#2d5f8a"/>`);
    windowGrid(c, px - s * 0.7, py - s * 0.055, s * 1.4, s * 0.05, { cols: 26, rows: 1, color: '#4a5866', pad: 0.25 });
    if (T.fog) fogOverlay(c, hz);
  },
};

// ---------------------------------------------------------------- render

function draw(spec) {
  const scene = scenes[spec.scene];
  if (!scene) throw new Error(`Unknown scene "${spec.scene}" for image "${spec.id}"`);
  if (!ASPECTS[spec.aspect ?? '16:9']) throw new Error(`Unknown aspect "${spec.aspect}" for image "${spec.id}"`);
  const c = makeContext(spec);
  scene(c);
  if (spec.rain) rainOverlay(c);
  if (c.T.snow) snowOverlay(c);
  if (c.T.fog && spec.scene !== 'airport') fogOverlay(c, c.H * 0.55);
  vignette(c);
  return c;
}

async function main() {
  const started = Date.now();
  const specs = JSON.parse(await readFile(specFile, 'utf8'));
  const seen = new Set();
  for (const spec of specs) {
    if (seen.has(spec.id)) throw new Error(`Duplicate image id "${spec.id}"`);
    if (!/^[a-z0-9-]+$/.test(spec.id)) throw new Error(`Image id "${spec.id}" must be kebab-case`);
    seen.add(spec.id);
  }
  await mkdir(outDir, { recursive: true });
  const sizes = {};
  const expected = new Set();
  const only = process.argv.slice(2);
  await Promise.all(
    specs.map(async (spec) => {
      const c = draw(spec);
      sizes[spec.id] = { width: c.W, height: c.H };
      for (const w of WIDTHS) expected.add(`${spec.id}-${w}.webp`);
      if (only.length && !only.includes(spec.id)) return;
      const raster = await sharp(Buffer.from(c.svg())).png().toBuffer();
      for (const w of WIDTHS) {
        await sharp(raster)
          .resize({ width: w })
          .webp({ quality: 60, effort: 5 })
          .toFile(path.join(outDir, `${spec.id}-${w}.webp`));
      }
    }),
  );
  // Drop renditions of images that are no longer in the spec list (only files this script would write).
  const rendition = new RegExp(`^[a-z0-9-]+-(${WIDTHS.join('|')})\\.webp$`);
  for (const file of await readdir(outDir)) {
    if (rendition.test(file) && !expected.has(file)) await unlink(path.join(outDir, file));
  }
  const ordered = Object.fromEntries(specs.map((s) => [s.id, sizes[s.id]]));
  await writeFile(sizesFile, `${JSON.stringify(ordered, null, 2)}\n`);
  console.log(`Rendered ${specs.length} images x ${WIDTHS.length} widths in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

await main();
