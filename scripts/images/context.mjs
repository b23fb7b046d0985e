// The drawing context of one image: its size, light (time of day), seeded randomness and SVG buffer; plus colour helpers.

export const ASPECTS = { '16:9': [1600, 900], '4:3': [1600, 1200], '3:2': [1600, 1067] };

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

export function mix(a, b, t) {
  const x = hexToRgb(a);
  const y = hexToRgb(b);
  const c = x.map((v, i) => Math.round(v + (y[i] - v) * t));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

// Rounds a coordinate to one decimal, so the SVG text stays short and stable.
export const f = (n) => Math.round(n * 10) / 10;

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

export const CLOTHES = [
  '#3d4a5c',
  '#6b4f4f',
  '#4f6b5a',
  '#8a7a5c',
  '#2f3540',
  '#7a5a6e',
  '#5c6f7a',
  '#a0674b',
  '#454545',
  '#6d7b8c',
  '#8c5a3c',
  '#37514f',
  '#b08d57',
  '#5a4a6b',
];
export const SKIN = ['#e0b899', '#c99a78', '#a8775a', '#7d5840', '#5e4030', '#edc9ad'];
export const LAMP = '#f5d68f';

// ---------------------------------------------------------------- drawing context

export function makeContext(spec) {
  const [W, H] = ASPECTS[spec.aspect ?? '16:9'];
  const rnd = mulberry32(hashString(spec.id));
  const T = TIMES[spec.time ?? 'day'];
  const defs = [];
  const out = [];
  let next = 0;
  const stops = (list) => list.map(([o, col, op = 1]) => `<stop offset="${o}" stop-color="${col}" stop-opacity="${op}"/>`).join('');
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
