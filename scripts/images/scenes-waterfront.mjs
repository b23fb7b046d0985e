// Scenes on the water's edge: a suspension bridge, the harbour and its ferries, a shipyard, a lighthouse, a regatta, a wind farm.
import { mix, f, LAMP } from './context.mjs';
import { glow, cloud, sky, ridge, water, farLayers } from './sky-and-land.mjs';
import { windowGrid, skyline, boat, ferry, turbine } from './structures.mjs';
import { person, crowd } from './people.mjs';

// Each scene draws one kind of photo from its spec (variant, time of day) on the context `c`.
export const waterfrontScenes = {
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
    if (spec.variant !== 'boat')
      skyline(c, hz, { minH: H * 0.02, maxH: H * 0.1, color: mix(T.land, T.haze, 0.4), x0: c.r(0, W * 0.3), x1: c.r(W * 0.6, W), windows: T.night });
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
      c.add(
        `<rect x="0" y="${f(quay)}" width="${W}" height="${f(H - quay)}" fill="${c.lin([
          [0, mix('#6d6a62', T.haze, 0.3)],
          [1, '#3b3a37'],
        ])}"/>`,
      );
      for (let x = 0; x < W; x += 120) c.add(`<rect x="${f(x)}" y="${f(quay)}" width="3" height="${f(H - quay)}" fill="#2e2d2a" opacity="0.4"/>`);
      crowd(c, quay + 40, H * 1.02, { rows: 4, hBack: 120, hFront: 480 });
    } else {
      for (let i = 0; i < 5; i++) boat(c, c.r(W * 0.05, W * 0.95), hz + c.r(6, 40), c.r(20, 45));
      const bx = W * c.r(0.35, 0.6);
      const by = H * 0.82;
      const s = W * 0.42;
      c.add(
        `<path d="M${f(bx - s * 0.5)} ${f(by - s * 0.12)} L${f(bx + s * 0.5)} ${f(by - s * 0.16)} L${f(bx + s * 0.4)} ${f(by)} L${f(bx - s * 0.44)} ${f(by)} Z" fill="${mix('#c8b99a', T.haze, 0.1)}"/>`,
      );
      c.add(`<rect x="${f(bx - s * 0.25)}" y="${f(by - s * 0.3)}" width="${f(s * 0.3)}" height="${f(s * 0.17)}" fill="#e9e6dd"/>`);
      windowGrid(c, bx - s * 0.24, by - s * 0.28, s * 0.28, s * 0.06, { cols: 5, rows: 1, color: '#3d4a5a', pad: 0.15 });
      c.add(`<rect x="${f(bx + s * 0.22)}" y="${f(by - s * 0.5)}" width="6" height="${f(s * 0.36)}" fill="#555b60"/>`);
      c.add(`<path d="M${f(bx + s * 0.225)} ${f(by - s * 0.46)} L${f(bx + s * 0.42)} ${f(by - s * 0.22)}" stroke="#555b60" stroke-width="4"/>`);
      person(c, bx - s * 0.32, by - s * 0.13, s * 0.16, '#c9643f');
      person(c, bx + s * 0.1, by - s * 0.14, s * 0.15, '#d4a13a');
      c.add(`<ellipse cx="${f(bx)}" cy="${f(by + 6)}" rx="${f(s * 0.5)}" ry="10" fill="#000000" opacity="0.15"/>`);
    }
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
      c.add(
        `<path d="M${f(hx - W * 0.34)} ${f(H * 0.28)} L${f(hx + W * 0.34)} ${f(H * 0.28)} L${f(hx + W * 0.3)} ${f(H * 0.62)} Q${f(hx)} ${f(H * 0.82)} ${f(hx - W * 0.3)} ${f(H * 0.62)} Z" fill="#2e3a4a"/>`,
      );
      c.add(
        `<path d="M${f(hx - W * 0.31)} ${f(H * 0.5)} L${f(hx + W * 0.31)} ${f(H * 0.5)} L${f(hx + W * 0.3)} ${f(H * 0.62)} Q${f(hx)} ${f(H * 0.82)} ${f(hx - W * 0.3)} ${f(H * 0.62)} Z" fill="#8e3b30"/>`,
      );
      const scaffold = [];
      for (let x = W * 0.12; x < W * 0.9; x += 50) scaffold.push(`M${f(x)} ${f(H * 0.25)} L${f(x)} ${f(H * 0.95)}`);
      for (let y = H * 0.3; y < H * 0.95; y += 60)
        scaffold.push(`M${f(W * 0.12)} ${f(y)} L${f(W * 0.3)} ${f(y)} M${f(W * 0.7)} ${f(y)} L${f(W * 0.88)} ${f(y)}`);
      c.add(`<path d="${scaffold.join(' ')}" stroke="#b4a27a" stroke-width="3" opacity="0.8"/>`);
      for (let i = 0; i < 5; i++) person(c, c.r(W * 0.15, W * 0.85), H * c.r(0.88, 0.99), H * 0.09, '#e07b2e');
    } else {
      const gx = W * c.r(0.3, 0.5);
      const gw = W * 0.4;
      const gt = H * 0.15;
      c.add(
        `<path d="M${f(gx)} ${f(hz)} L${f(gx + 20)} ${f(gt)} M${f(gx + gw)} ${f(hz)} L${f(gx + gw - 20)} ${f(gt)}" stroke="${steel}" stroke-width="22"/>`,
      );
      c.add(`<rect x="${f(gx - 40)}" y="${f(gt - 30)}" width="${f(gw + 80)}" height="42" fill="${c.pick(['#c0912e', '#b8413a', steel])}"/>`);
      c.add(
        `<rect x="${f(gx + gw * 0.4)}" y="${f(gt + 12)}" width="60" height="40" fill="${steel}"/><path d="M${f(gx + gw * 0.4 + 30)} ${f(gt + 52)} L${f(gx + gw * 0.4 + 30)} ${f(H * 0.4)}" stroke="#222" stroke-width="3"/>`,
      );
      for (let i = 0; i < 3; i++) {
        const jx = c.r(W * 0.05, W * 0.95);
        const jt = H * c.r(0.2, 0.35);
        const col = mix(c.pick(['#c0912e', '#b8413a', '#5d6670']), T.haze, 0.3);
        c.add(
          `<path d="M${f(jx)} ${f(hz)} L${f(jx)} ${f(jt)} L${f(jx + c.r(-240, 240))} ${f(jt - c.r(10, 60))}" stroke="${col}" stroke-width="10" fill="none"/>`,
        );
      }
      c.add(
        `<path d="M${f(W * 0.2)} ${f(hz + 20)} L${f(W * 0.85)} ${f(hz + 20)} L${f(W * 0.8)} ${f(hz + 80)} L${f(W * 0.24)} ${f(hz + 80)} Z" fill="#2e3a4a"/><rect x="${f(W * 0.62)}" y="${f(hz - 50)}" width="${f(W * 0.12)}" height="70" fill="#d9d4c8"/>`,
      );
      windowGrid(c, W * 0.62, hz - 44, W * 0.12, 30, { cols: 8, rows: 1, lit: T.low ? 0.5 : 0, color: '#3d4a5a' });
      c.add(`<rect x="0" y="${f(H * 0.86)}" width="${W}" height="${f(H * 0.14)}" fill="#5b5a55"/>`);
      for (let i = 0; i < 6; i++) person(c, c.r(0, W), H * c.r(0.95, 1.0), H * 0.14, c.pick(['#e07b2e', '#d9c23a']));
    }
  },

  lighthouse(c) {
    const { W, H, T } = c;
    const hz = H * 0.6;
    sky(c, hz, { sunX: W * 0.2 });
    water(c, hz);
    const lx = W * c.r(0.55, 0.7);
    const cliffTop = H * 0.52;
    c.add(
      `<path d="M${f(lx - W * 0.3)} ${f(H)} L${f(lx - W * 0.22)} ${f(cliffTop + 30)} Q${f(lx)} ${f(cliffTop - 20)} ${f(lx + W * 0.3)} ${f(cliffTop + 20)} L${W + 20} ${f(cliffTop + 40)} L${W + 20} ${f(H)} Z" fill="${mix('#5f5a50', T.haze, T.night ? 0 : 0.15)}"/>`,
    );
    c.add(
      `<path d="M${f(lx - W * 0.2)} ${f(cliffTop + 28)} Q${f(lx)} ${f(cliffTop - 24)} ${f(lx + W * 0.3)} ${f(cliffTop + 18)} L${W + 20} ${f(cliffTop + 38)} L${W + 20} ${f(cliffTop + 70)} Q${f(lx)} ${f(cliffTop + 20)} ${f(lx - W * 0.2)} ${f(cliffTop + 60)} Z" fill="${mix('#6a7a4a', T.night ? '#0c1220' : T.haze, T.night ? 0.7 : 0.2)}"/>`,
    );
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
    c.add(
      `<rect x="${f(lx - wt * 1.4)}" y="${f(top - 8)}" width="${f(wt * 2.8)}" height="10" fill="#2a2d33"/><rect x="${f(lx - wt * 0.9)}" y="${f(top - 50)}" width="${f(wt * 1.8)}" height="42" fill="${T.night ? '#fff2c4' : '#c9d4d9'}"/><path d="M${f(lx - wt * 1.1)} ${f(top - 50)} L${f(lx)} ${f(top - 80)} L${f(lx + wt * 1.1)} ${f(top - 50)} Z" fill="${red}"/>`,
    );
    if (T.night) {
      c.add(
        `<path d="M${f(lx)} ${f(top - 30)} L${f(-50)} ${f(top - 160)} L${f(-50)} ${f(top + 140)} Z" fill="${c.lin(
          [
            [0, '#fff2c4', 0.55],
            [1, '#fff2c4', 0],
          ],
          1,
          0,
          0,
          0,
        )}"/>`,
      );
      glow(c, lx, top - 30, 120, '#fff2c4', 0.9);
    }
    const hx = lx + W * 0.08;
    c.add(
      `<rect x="${f(hx)}" y="${f(base - 70)}" width="190" height="76" fill="${white}"/><path d="M${f(hx - 10)} ${f(base - 70)} L${f(hx + 95)} ${f(base - 120)} L${f(hx + 200)} ${f(base - 70)} Z" fill="${mix('#4a4f55', '#0c1220', T.night ? 0.5 : 0)}"/>`,
    );
    windowGrid(c, hx + 15, base - 55, 160, 40, { cols: 3, rows: 1, lit: T.night ? 1 : 0, color: '#3d4a5a', pad: 0.25 });
    const rocks = [];
    for (let i = 0; i < 10; i++)
      rocks.push(`<ellipse cx="${f(lx - W * 0.3 + c.r(-100, 100))}" cy="${f(c.r(H * 0.75, H))}" rx="${f(c.r(30, 90))}" ry="${f(c.r(15, 40))}"/>`);
    c.add(`<g fill="${mix('#4a4640', '#0c1220', T.night ? 0.5 : 0)}">${rocks.join('')}</g>`);
    const foam = [];
    for (let i = 0; i < 20; i++)
      foam.push(`<ellipse cx="${f(lx - W * 0.3 + c.r(-160, 160))}" cy="${f(c.r(H * 0.72, H))}" rx="${f(c.r(20, 60))}" ry="4"/>`);
    c.add(`<g fill="#f2f4f4" opacity="0.5">${foam.join('')}</g>`);
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
      c.add(
        `<path d="M${f(bx)} ${f(H * 0.92)} L${f(bx + 300)} ${f(H * 0.92)} L${f(bx + 270)} ${f(H * 0.97)} L${f(bx + 20)} ${f(H * 0.97)} Z" fill="#d9b24c"/><rect x="${f(bx + 40)}" y="${f(H * 0.87)}" width="120" height="40" fill="#e8e4da"/>`,
      );
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
};
