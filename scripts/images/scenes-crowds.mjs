// Scenes full of people: a crowd at an event, runners, a stadium, a concert.
import { mix, f, CLOTHES, SKIN } from './context.mjs';
import { glow, sky, ridge, water, ground, farLayers } from './sky-and-land.mjs';
import { windowGrid, skyline } from './structures.mjs';
import { person, crowd } from './people.mjs';

// Each scene draws one kind of photo from its spec (variant, time of day) on the context `c`.
export const crowdScenes = {
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
      c.add(
        `<rect x="${f(sx)}" y="${f(sy)}" width="${f(sw)}" height="${f(sw * 0.56)}" fill="${c.lin([
          [0, '#c8d6e6'],
          [0.6, '#e3c9a2'],
          [1, '#7a8c6a'],
        ])}"/>`,
      );
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
      for (let i = 0; i < 500; i++)
        dots.push(`<circle cx="${f(c.r(0, W))}" cy="${f(c.r(H * 0.2, H * 0.46))}" r="3.5" fill="${mix(c.pick(CLOTHES), T.haze, 0.4)}"/>`);
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
      c.add(
        `<path d="M-10 ${f(H * 0.3)} Q${f(W * 0.1)} ${f(H * 0.5)} ${f(W * 0.3)} ${f(H * 0.09)} Q${f(W * 0.56)} ${f(H * 0.5)} ${f(W * 0.82)} ${f(H * 0.09)} L${W + 10} ${f(H * 0.25)}" stroke="${col}" stroke-width="5" fill="none"/>`,
      );
      ground(c, H * 0.58, '#77736a');
      const ry = H * 0.66;
      c.add(`<path d="M0 ${f(ry)} Q${f(W / 2)} ${f(ry + 30)} ${W} ${f(ry)}" stroke="#b8413a" stroke-width="10" fill="none"/>`);
      crowd(c, H * 0.63, H * 1.05, { rows: 5, hBack: 110, hFront: 440, arms: 0.12 });
    }
  },

  runners(c) {
    const { W, H, T, spec } = c;
    const hz = H * 0.42;
    sky(c, hz);
    farLayers(c, hz);
    water(c, hz, { bottom: H * 0.55 });
    c.add(`<rect x="0" y="${f(H * 0.55)}" width="${W}" height="${f(H * 0.03)}" fill="#8a877f"/>`);
    c.add(
      `<rect x="0" y="${f(H * 0.58)}" width="${W}" height="${f(H * 0.42)}" fill="${c.lin([
        [0, '#6e6e6c'],
        [1, '#4a4b4c'],
      ])}"/>`,
    );
    const flags = [];
    for (let x = 0; x < W; x += 40)
      flags.push(
        `<path d="M${f(x)} ${f(H * 0.1 + Math.sin(x / 200) * 12)} l40 0 l-20 36 Z" fill="${c.pick(['#c45c4a', '#d9b24c', '#4f86a8', '#e8e2d0', '#5f9a6a'])}"/>`,
      );
    c.add(`<path d="M0 ${f(H * 0.1)} Q${f(W / 2)} ${f(H * 0.14)} ${W} ${f(H * 0.1)}" stroke="#333" stroke-width="2" fill="none"/>${flags.join('')}`);
    if (spec.variant === 'finish') {
      c.add(
        `<rect x="${f(W * 0.15)}" y="${f(H * 0.2)}" width="40" height="${f(H * 0.5)}" fill="#2d5f8a"/><rect x="${f(W * 0.85 - 40)}" y="${f(H * 0.2)}" width="40" height="${f(H * 0.5)}" fill="#2d5f8a"/><rect x="${f(W * 0.15)}" y="${f(H * 0.2)}" width="${f(W * 0.7)}" height="${f(H * 0.08)}" fill="#2d5f8a"/>`,
      );
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
      c.add(
        `<path d="M${f(x)} ${f(y - h * 0.45)} L${f(x - stride)} ${f(y)} M${f(x)} ${f(y - h * 0.45)} L${f(x + stride * 0.8)} ${f(y - h * 0.12)} L${f(x + stride * 0.5)} ${f(y)}" stroke="${sk}" stroke-width="${f(h * 0.06)}" stroke-linecap="round" fill="none"/>`,
      );
      c.add(`<rect x="${f(x - h * 0.08)}" y="${f(y - h * 0.52)}" width="${f(h * 0.16)}" height="${f(h * 0.12)}" fill="#2a2d33"/>`);
      c.add(
        `<path d="M${f(x - h * 0.02)} ${f(y - h * 0.68)} L${f(x - h * 0.14)} ${f(y - h * 0.5)} L${f(x - h * 0.02)} ${f(y - h * 0.45)} M${f(x + h * 0.02)} ${f(y - h * 0.68)} L${f(x + h * 0.14)} ${f(y - h * 0.56)} L${f(x + h * 0.2)} ${f(y - h * 0.66)}" stroke="${sk}" stroke-width="${f(h * 0.045)}" stroke-linecap="round" fill="none"/>`,
      );
      c.add(`<rect x="${f(x - h * 0.1)}" y="${f(y - h * 0.78)}" width="${f(h * 0.2)}" height="${f(h * 0.3)}" rx="${f(h * 0.05)}" fill="${col}"/>`);
      c.add(`<rect x="${f(x - h * 0.06)}" y="${f(y - h * 0.7)}" width="${f(h * 0.12)}" height="${f(h * 0.08)}" fill="#f4f1e8"/>`);
      c.add(`<circle cx="${f(x + h * 0.02)}" cy="${f(y - h * 0.86)}" r="${f(h * 0.07)}" fill="${sk}"/>`);
    }
    if (T.low) c.add(`<rect width="${W}" height="${H}" fill="#f2b07a" opacity="0.08"/>`);
  },

  stadium(c) {
    const { W, H, T } = c;
    sky(c, H * 0.35);
    const standTop = H * c.r(0.16, 0.22);
    c.add(
      `<path d="M-20 ${f(standTop + 60)} Q${f(W / 2)} ${f(standTop - 40)} ${W + 20} ${f(standTop + 60)} L${W + 20} ${f(H * 0.52)} L-20 ${f(H * 0.52)} Z" fill="${mix('#3a4250', T.haze, T.night ? 0 : 0.2)}"/>`,
    );
    c.add(
      `<path d="M-20 ${f(standTop + 40)} Q${f(W / 2)} ${f(standTop - 60)} ${W + 20} ${f(standTop + 40)} L${W + 20} ${f(standTop + 60)} Q${f(W / 2)} ${f(standTop - 40)} -20 ${f(standTop + 60)} Z" fill="#d6d9dc" opacity="0.8"/>`,
    );
    const dots = [];
    for (let i = 0; i < 700; i++) {
      const x = c.r(0, W);
      const u = (x - W / 2) / (W / 2);
      const top = standTop + 50 - 100 * (1 - u * u) * 0.5 + 20;
      dots.push(
        `<circle cx="${f(x)}" cy="${f(c.r(top, H * 0.5))}" r="3.2" fill="${mix(c.pick(['#2d5f8a', '#2d5f8a', '#d9d4c8', ...CLOTHES]), '#1a1f29', T.night ? 0.5 : 0.15)}"/>`,
      );
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
    c.add(
      `<path d="M${f(W * 0.05)} ${f(H)} L${f(W * 0.3)} ${f(H * 0.58)} L${f(W * 0.7)} ${f(H * 0.58)} L${f(W * 0.95)} ${f(H)}" stroke="#eef0ea" stroke-width="4" fill="none" opacity="0.8"/><ellipse cx="${f(W / 2)}" cy="${f(H * 0.74)}" rx="${f(W * 0.14)}" ry="${f(H * 0.06)}" stroke="#eef0ea" stroke-width="4" fill="none" opacity="0.8"/><path d="M${f(W / 2)} ${f(H * 0.58)} L${f(W / 2)} ${f(H)}" stroke="#eef0ea" stroke-width="4" opacity="0.8"/>`,
    );
    for (let i = 0; i < 10; i++) {
      const x = c.r(W * 0.15, W * 0.85);
      const y = c.r(H * 0.62, H * 0.9);
      person(c, x, y, H * 0.1 * (0.6 + (y - H * 0.6) / H), c.chance(0.5) ? '#2d5f8a' : '#b8413a');
    }
    for (const fx of [W * 0.06, W * 0.94]) {
      c.add(
        `<rect x="${f(fx - 5)}" y="${f(H * 0.05)}" width="10" height="${f(H * 0.45)}" fill="#2a2f36"/><rect x="${f(fx - 40)}" y="${f(H * 0.04)}" width="80" height="30" fill="#3a4048"/>`,
      );
      if (T.night || T.low) glow(c, fx, H * 0.055, 180, '#fff6dc', 0.8);
    }
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
    c.add(
      `<path d="M${f(sx - sw / 2)} ${f(sy)} Q${f(sx)} ${f(sy - H * 0.55)} ${f(sx + sw / 2)} ${f(sy)} Z" fill="#e8e2d4"/><path d="M${f(sx - sw * 0.4)} ${f(sy)} Q${f(sx)} ${f(sy - H * 0.42)} ${f(sx + sw * 0.4)} ${f(sy)} Z" fill="#2a2630"/>`,
    );
    const beams = ['#f2c27a', '#9fb8e8', '#e89fb0', '#f2c27a'];
    beams.forEach((b, i) => {
      const bx = sx - sw * 0.3 + (i * sw * 0.6) / 3;
      c.add(
        `<path d="M${f(bx)} ${f(sy - H * 0.2)} L${f(bx + c.r(-300, 300) - 80)} ${f(-20)} L${f(bx + c.r(-300, 300) + 80)} ${f(-20)} Z" fill="${c.lin(
          [
            [0, b, 0.5],
            [1, b, 0],
          ],
          0,
          1,
          0,
          0,
        )}"/>`,
      );
      glow(c, bx, sy - H * 0.2, 40, b, 0.9);
    });
    c.add(`<rect x="${f(sx - sw / 2)}" y="${f(sy)}" width="${f(sw)}" height="${f(H * 0.05)}" fill="#1a1a1e"/>`);
    for (let i = 0; i < 12; i++) person(c, sx - sw * 0.32 + (i * sw * 0.64) / 11, sy, H * 0.07, '#111', { skin: '#d9b48f' });
    c.add(`<rect x="0" y="${f(sy + H * 0.05)}" width="${W}" height="${f(H)}" fill="${mix(T.land, '#000000', 0.3)}"/>`);
    crowd(c, sy + H * 0.12, H * 1.05, { rows: 5, hBack: 90, hFront: 460, dark: true, arms: 0.2, fade: '#2a2835' });
  },
};
