// Scenes of open land and water: countryside (fields, parks, trails), an observatory, a river, a reservoir, under water.
import { mix, f, CLOTHES, SKIN, LAMP } from './context.mjs';
import { glow, sky, ridge, water, tree, conifer, ground, farLayers } from './sky-and-land.mjs';
import { windowGrid } from './structures.mjs';
import { person } from './people.mjs';

// Each scene draws one kind of photo from its spec (variant, time of day) on the context `c`.
export const natureScenes = {
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
      for (const y of [top + 30, top + 80])
        c.add(
          `<rect x="${f(mx - 16)}" y="${f(y)}" width="10" height="34" fill="${col}"/><rect x="${f(mx + 6)}" y="${f(y)}" width="10" height="34" fill="${col}"/>`,
        );
      c.add(`<rect x="${f(mx + 50)}" y="${f(base - 40)}" width="70" height="40" fill="#cfcac0"/>`);
      c.add(`<path d="M0 ${f(H * 0.8)} Q${f(W * 0.5)} ${f(H * 0.7)} ${W} ${f(H * 0.78)}" stroke="#8b7d64" stroke-width="14" fill="none"/>`);
    }
    if (v === 'trench') {
      const d = `M-10 ${f(H * 0.95)} Q${f(W * 0.4)} ${f(H * 0.7)} ${f(W * 0.75)} ${f(hz + H * 0.14)}`;
      c.add(`<path d="${d}" stroke="#5c4632" stroke-width="40" fill="none"/><path d="${d}" stroke="#3a2c20" stroke-width="14" fill="none"/>`);
      const ex = W * 0.62;
      const ey = H * 0.7;
      c.add(
        `<rect x="${f(ex)}" y="${f(ey - 70)}" width="120" height="60" rx="6" fill="#d2a23a"/><rect x="${f(ex + 10)}" y="${f(ey - 110)}" width="60" height="45" fill="#d2a23a"/><rect x="${f(ex + 16)}" y="${f(ey - 104)}" width="46" height="28" fill="#2f3a44"/>`,
      );
      c.add(`<rect x="${f(ex - 10)}" y="${f(ey - 14)}" width="140" height="26" rx="12" fill="#2b2b2b"/>`);
      c.add(
        `<path d="M${f(ex + 110)} ${f(ey - 60)} L${f(ex + 200)} ${f(ey - 140)} L${f(ex + 250)} ${f(ey - 40)}" stroke="#c0912e" stroke-width="14" fill="none" stroke-linejoin="round"/>`,
      );
      const reels = [];
      for (let i = 0; i < 3; i++)
        reels.push(
          `<circle cx="${f(W * 0.2 + i * 90)}" cy="${f(H * 0.86)}" r="38" fill="#7d6448"/><circle cx="${f(W * 0.2 + i * 90)}" cy="${f(H * 0.86)}" r="12" fill="#3e3226"/>`,
        );
      c.add(reels.join(''));
      person(c, W * 0.48, H * 0.82, H * 0.2, '#e07b2e');
    }
    if (v === 'park') {
      for (let i = 0; i < 7; i++) tree(c, c.r(0, W), hz + H * c.r(0.12, 0.22), c.r(120, 220), mix('#6b7a45', T.haze, 0.2));
      c.add(
        `<path d="M${f(W * 0.1)} ${f(H)} Q${f(W * 0.4)} ${f(H * 0.7)} ${f(W * 0.9)} ${f(hz + H * 0.2)}" stroke="#d8ccb0" stroke-width="26" fill="none"/>`,
      );
      const bx = W * 0.62;
      const by = H * 0.83;
      c.add(
        `<rect x="${f(bx)}" y="${f(by - 50)}" width="180" height="12" fill="#6b4a33"/><rect x="${f(bx)}" y="${f(by - 30)}" width="180" height="10" fill="#6b4a33"/><rect x="${f(bx + 10)}" y="${f(by - 30)}" width="8" height="36" fill="#333"/><rect x="${f(bx + 162)}" y="${f(by - 30)}" width="8" height="36" fill="#333"/>`,
      );
      const patches = [];
      for (let i = 0; i < 30; i++)
        patches.push(`<ellipse cx="${f(c.r(0, W))}" cy="${f(c.r(hz + H * 0.2, H))}" rx="${f(c.r(40, 140))}" ry="${f(c.r(8, 24))}"/>`);
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
            for (let k = 0; k < 6; k++)
              apples.push(`<circle cx="${f(x + c.r(-0.25, 0.25) * s)}" cy="${f(y - s * c.r(0.5, 0.9))}" r="${f(s * 0.025)}"/>`);
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
          c.add(
            `<rect x="${f(px + 40)}" y="${f(py - 50)}" width="80" height="50" fill="#9c7a4e"/><rect x="${f(px + 40)}" y="${f(py - 50)}" width="80" height="10" fill="#b8463a"/>`,
          );
        }
      }
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
    c.add(
      `<g transform="rotate(${f(ang)} ${f(cx)} ${f(cy)})"><path d="M${f(cx)} ${f(cy - 4)} L${f(cx + len)} ${f(cy - 26)} L${f(cx + len)} ${f(cy + 26)} L${f(cx)} ${f(cy + 4)} Z" fill="${c.lin(
        [
          [0, '#e8f0f7', 0.85],
          [1, '#9fb5d0', 0],
        ],
        0,
        0,
        1,
        0,
      )}"/><path d="M${f(cx)} ${f(cy - 3)} L${f(cx + len * 0.8)} ${f(cy + 40)} L${f(cx + len * 0.8)} ${f(cy + 60)} L${f(cx)} ${f(cy + 3)} Z" fill="${c.lin(
        [
          [0, '#9ecfe0', 0.5],
          [1, '#9ecfe0', 0],
        ],
        0,
        0,
        1,
        0,
      )}"/></g>`,
    );
    glow(c, cx, cy, 40, '#eef4fa', 0.9);
    c.add(`<circle cx="${f(cx)}" cy="${f(cy)}" r="5" fill="#ffffff"/>`);
    c.add(
      `<path d="M0 ${f(hz)} Q${f(W * 0.5)} ${f(hz - 30)} ${W} ${f(hz)} L${W} ${f(H)} L0 ${f(H)} Z" fill="${mix(T.skyBottom, '#4a5570', 0.4)}" opacity="0.5"/>`,
    );
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
        c.add(
          `<rect x="${f(hx)}" y="${f(hy - hw * 0.6)}" width="${f(hw)}" height="${f(hw * 0.6)}" fill="${mix('#b9ab96', T.haze, 0.35)}"/><path d="M${f(hx - 8)} ${f(hy - hw * 0.6)} L${f(hx + hw / 2)} ${f(hy - hw)} L${f(hx + hw + 8)} ${f(hy - hw * 0.6)} Z" fill="${mix('#6b4b3d', T.haze, 0.35)}"/>`,
        );
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
      c.add(
        `<rect x="${f(W * 0.78)}" y="${f(H * 0.42)}" width="14" height="${f(H * 0.2)}" fill="#c0912e"/><path d="M${f(W * 0.78 + 7)} ${f(H * 0.42)} L${f(W * 0.6)} ${f(H * 0.3)}" stroke="#c0912e" stroke-width="10"/>`,
      );
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
    c.add(
      `<path d="M${f(tx)} ${f(H * 0.9)} L${f(tx + 6)} ${f(H * 0.55)} L${f(tx - 40)} ${f(H * 0.42)} M${f(tx + 5)} ${f(H * 0.62)} L${f(tx + 60)} ${f(H * 0.5)}" stroke="#4a3b2c" stroke-width="10" stroke-linecap="round" fill="none"/>`,
    );
  },

  underwater(c) {
    const { W, H } = c;
    c.add(
      `<rect width="${W}" height="${H}" fill="${c.lin([
        [0, '#5f9fa8'],
        [0.5, '#2f6a7a'],
        [1, '#143646'],
      ])}"/>`,
    );
    for (let i = 0; i < 6; i++) {
      const x = c.r(0, W);
      c.add(
        `<path d="M${f(x)} 0 L${f(x + 60)} 0 L${f(x + 260)} ${f(H)} L${f(x + 120)} ${f(H)} Z" fill="${c.lin([
          [0, '#e8f4f0', 0.25],
          [1, '#e8f4f0', 0],
        ])}"/>`,
      );
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
          leaves.push(
            `<ellipse cx="${f(nx + 20)}" cy="${f(ny)}" rx="${layer ? 34 : 22}" ry="${layer ? 10 : 7}" transform="rotate(${f(c.r(-40, 10))} ${f(nx)} ${f(ny)})"/>`,
          );
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
      fish.push(
        `<path d="M${f(x)} ${f(y)} q${f(s)} ${f(-s * 0.5)} ${f(s * 2)} 0 q${f(-s)} ${f(s * 0.5)} ${f(-s * 2)} 0 Z M${f(x + s * 2)} ${f(y)} l${f(s * 0.6)} ${f(-s * 0.4)} l0 ${f(s * 0.8)} Z"/>`,
      );
    }
    c.add(`<g fill="#c9d6cf" opacity="0.6">${fish.join('')}</g>`);
    ridge(c, H * 0.9, H * 0.04, '#23313a', { n: 10 });
    person(c, W * c.r(0.6, 0.8), H * 0.45, H * 0.18, '#1c2229', { skin: '#1c2229' });
    const bubbles = [];
    for (let i = 0; i < 30; i++) bubbles.push(`<circle cx="${f(W * 0.7 + c.r(-40, 40))}" cy="${f(c.r(0, H * 0.35))}" r="${f(c.r(2, 7))}"/>`);
    c.add(`<g fill="none" stroke="#e8f4f0" stroke-width="2" opacity="0.6">${bubbles.join('')}</g>`);
  },
};
