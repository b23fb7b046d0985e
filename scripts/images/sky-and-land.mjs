// Draws the backdrop every outdoor scene shares: sky, sun or moon, clouds, hills, water, ground, trees, weather and the vignette.
import { mix, f } from './context.mjs';

export function glow(c, x, y, radius, color, strength = 0.6) {
  c.add(
    `<circle cx="${f(x)}" cy="${f(y)}" r="${f(radius)}" fill="${c.rad([
      [0, color, strength],
      [0.35, color, strength * 0.35],
      [1, color, 0],
    ])}"/>`,
  );
}

export function cloud(c, x, y, w, color, opacity) {
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

export function sky(c, horizon, { sun = true, clouds = true, sunX } = {}) {
  const { T, W } = c;
  c.add(
    `<rect width="${W}" height="${f(horizon + 4)}" fill="${c.lin([
      [0, T.skyTop],
      [1, T.skyBottom],
    ])}"/>`,
  );
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

export function ridge(c, y, amp, color, { n = 8, bottom = c.H, x0 = -60, x1 = c.W + 60 } = {}) {
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

export function water(c, y, { bottom = c.H, color } = {}) {
  const { T, W } = c;
  const base = color ?? T.water;
  c.add(
    `<rect x="0" y="${f(y)}" width="${W}" height="${f(bottom - y)}" fill="${c.lin([
      [0, mix(base, T.skyBottom, 0.45)],
      [1, mix(base, '#000000', 0.25)],
    ])}"/>`,
  );
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
      glints.push(
        `<rect x="${f(c.sunX - w / 2 + c.r(-60, 60) * (0.3 + t))}" y="${f(yy)}" width="${f(w)}" height="${f(2 + t * 3)}" opacity="${f(c.r(0.2, 0.6))}"/>`,
      );
    }
    c.add(`<g fill="${T.sun}">${glints.join('')}</g>`);
  }
}

export function tree(c, x, y, s, color) {
  const trunk = mix(color, '#2a2018', 0.5);
  c.add(`<rect x="${f(x - s * 0.04)}" y="${f(y - s * 0.45)}" width="${f(s * 0.08)}" height="${f(s * 0.45)}" fill="${trunk}"/>`);
  const blobs = [];
  for (let i = 0; i < 4; i++) {
    blobs.push(`<circle cx="${f(x + c.r(-0.18, 0.18) * s)}" cy="${f(y - s * c.r(0.55, 0.85))}" r="${f(s * c.r(0.18, 0.28))}"/>`);
  }
  c.add(`<g fill="${color}">${blobs.join('')}</g>`);
}

export function conifer(c, x, y, s, color) {
  c.add(
    `<path d="M${f(x)} ${f(y - s)} L${f(x + s * 0.22)} ${f(y - s * 0.1)} L${f(x - s * 0.22)} ${f(y - s * 0.1)} Z" fill="${color}"/><rect x="${f(x - s * 0.03)}" y="${f(y - s * 0.12)}" width="${f(s * 0.06)}" height="${f(s * 0.12)}" fill="${mix(color, '#000000', 0.3)}"/>`,
  );
}

export function rainOverlay(c) {
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

export function snowOverlay(c) {
  const flakes = [];
  for (let i = 0; i < 260; i++)
    flakes.push(`<circle cx="${f(c.r(0, c.W))}" cy="${f(c.r(0, c.H))}" r="${f(c.r(1.5, 4.5))}" opacity="${f(c.r(0.4, 0.9))}"/>`);
  c.add(`<g fill="#ffffff">${flakes.join('')}</g>`);
}

export function fogOverlay(c, horizon) {
  c.add(
    `<rect width="${c.W}" height="${c.H}" fill="${c.lin([
      [0, c.T.haze, 0.35],
      [horizon / c.H, c.T.haze, 0.75],
      [1, c.T.haze, 0.25],
    ])}"/>`,
  );
}

export function vignette(c) {
  c.add(
    `<rect width="${c.W}" height="${c.H}" fill="${c.rad(
      [
        [0.55, '#000000', 0],
        [1, '#000000', 0.32],
      ],
      0.5,
      0.5,
      0.75,
    )}"/>`,
  );
}

export function ground(c, y, color, bottom = c.H) {
  c.add(
    `<rect x="0" y="${f(y)}" width="${c.W}" height="${f(bottom - y)}" fill="${c.lin([
      [0, mix(color, c.T.haze, 0.3)],
      [1, mix(color, '#000000', 0.2)],
    ])}"/>`,
  );
}

export function farLayers(c, hz) {
  const { T, H } = c;
  ridge(c, hz - H * c.r(0.08, 0.14), H * 0.05, mix(T.land, T.haze, 0.7), { n: 6 });
  ridge(c, hz - H * c.r(0.02, 0.06), H * 0.03, mix(T.land, T.haze, 0.45), { n: 9 });
}
