// Scenes of the city outside: a skyline, a street, a building facade, apartments, an airport.
import { mix, f, CLOTHES, SKIN, LAMP } from './context.mjs';
import { glow, sky, ridge, water, tree, ground, fogOverlay } from './sky-and-land.mjs';
import { windowGrid, skyline } from './structures.mjs';
import { person } from './people.mjs';

// Each scene draws one kind of photo from its spec (variant, time of day) on the context `c`.
export const cityScenes = {
  skyline(c) {
    const { W, H, T } = c;
    const hz = H * 0.68;
    sky(c, hz);
    skyline(c, hz, { minH: H * 0.1, maxH: H * 0.3, color: mix(T.land, T.haze, 0.55) });
    skyline(c, hz, { minH: H * 0.08, maxH: H * 0.45, color: mix(T.land, T.haze, 0.15), windows: true });
    water(c, hz);
    if (T.night) {
      const refl = [];
      for (let i = 0; i < 90; i++)
        refl.push(
          `<rect x="${f(c.r(0, W))}" y="${f(c.r(hz, H))}" width="${f(c.r(4, 12))}" height="${f(c.r(10, 50))}" opacity="${f(c.r(0.15, 0.5))}"/>`,
        );
      c.add(`<g fill="${LAMP}">${refl.join('')}</g>`);
    }
    c.add(`<rect x="0" y="${f(H * 0.9)}" width="${W}" height="${f(H * 0.1)}" fill="${mix('#2e3138', T.haze, T.night ? 0 : 0.2)}"/>`);
    for (let x = 80; x < W; x += 260) {
      c.add(`<rect x="${f(x)}" y="${f(H * 0.62)}" width="6" height="${f(H * 0.28)}" fill="#23262c"/>`);
      if (T.night || T.low) glow(c, x + 3, H * 0.62, 60, LAMP, 0.7);
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
      c.add(
        `<rect x="${f(x)}" y="${f(kerb - bh)}" width="${f(bw)}" height="${f(bh)}" fill="${col}"/><rect x="${f(x - 4)}" y="${f(kerb - bh - 8)}" width="${f(bw + 8)}" height="12" fill="${mix(col, '#000000', 0.25)}"/>`,
      );
      windowGrid(c, x + 16, kerb - bh + 20, bw - 32, bh - H * 0.12, {
        cols: Math.round(bw / 60),
        rows: Math.max(1, Math.round((bh - H * 0.12) / 70)),
        lit: T.night ? 0.45 : 0,
        color: mix(col, T.night ? '#05080f' : '#2b3440', 0.55),
        pad: 0.22,
      });
      const shop = mix(c.pick(['#2d5f8a', '#5f7a4a', '#7a3b30', '#3d3d3d']), '#000000', T.night ? 0.4 : 0);
      c.add(
        `<rect x="${f(x + 10)}" y="${f(kerb - H * 0.1)}" width="${f(bw - 20)}" height="${f(H * 0.1)}" fill="${T.night ? LAMP : '#c9d4d9'}" opacity="${T.night ? 0.6 : 0.7}"/><rect x="${f(x + 10)}" y="${f(kerb - H * 0.12)}" width="${f(bw - 20)}" height="${f(H * 0.025)}" fill="${shop}"/>`,
      );
      x += bw;
    }
    c.add(`<rect x="0" y="${f(kerb)}" width="${W}" height="${f(H * 0.06)}" fill="${mix('#9b978e', T.haze, 0.2)}"/>`);
    const roadY = kerb + H * 0.06;
    c.add(
      `<rect x="0" y="${f(roadY)}" width="${W}" height="${f(H - roadY)}" fill="${c.lin([
        [0, mix('#55575a', T.haze, 0.1)],
        [1, '#36383b'],
      ])}"/>`,
    );
    if (T.night || spec.rain) {
      const refl = [];
      for (let i = 0; i < 50; i++)
        refl.push(
          `<rect x="${f(c.r(0, W))}" y="${f(c.r(roadY, H))}" width="${f(c.r(6, 20))}" height="${f(c.r(20, 80))}" opacity="${f(c.r(0.1, 0.35))}"/>`,
        );
      c.add(`<g fill="${LAMP}">${refl.join('')}</g>`);
    }
    for (let lx = c.r(60, 200); lx < W; lx += 420) {
      c.add(
        `<rect x="${f(lx)}" y="${f(kerb - H * 0.36)}" width="8" height="${f(H * 0.36 + 8)}" fill="#2a2d33"/><rect x="${f(lx - 30)}" y="${f(kerb - H * 0.37)}" width="40" height="10" fill="#2a2d33"/>`,
      );
      if (T.night || T.low) glow(c, lx - 14, kerb - H * 0.355, 120, LAMP, T.night ? 0.8 : 0.4);
    }
    if (v === 'tram') {
      c.add(`<path d="M0 ${f(H * 0.2)} L${W} ${f(H * 0.22)}" stroke="#222" stroke-width="3"/>`);
      const tl = W * c.r(0.75, 0.95);
      const tx = c.r(-W * 0.05, W * 0.2);
      const ty = H * 0.9;
      const th = H * 0.3;
      c.add(
        `<path d="M${f(tx + tl * 0.4)} ${f(ty - th - 5)} L${f(tx + tl * 0.48)} ${f(H * 0.21)} L${f(tx + tl * 0.56)} ${f(ty - th - 5)}" stroke="#222" stroke-width="4" fill="none"/>`,
      );
      const body = mix('#d9c23a', '#000000', T.night ? 0.45 : 0);
      c.add(
        `<rect x="${f(tx)}" y="${f(ty - th)}" width="${f(tl)}" height="${f(th)}" rx="26" fill="${body}"/><rect x="${f(tx)}" y="${f(ty - th * 0.25)}" width="${f(tl)}" height="${f(th * 0.12)}" fill="#3a4048"/>`,
      );
      windowGrid(c, tx + 20, ty - th * 0.85, tl - 40, th * 0.45, {
        cols: Math.round(tl / 110),
        rows: 1,
        lit: T.night ? 1 : 0,
        color: mix('#2e3a48', T.haze, 0.15),
        pad: 0.08,
      });
      c.add(
        `<rect x="${f(tx)}" y="${f(ty - 4)}" width="${f(tl)}" height="10" fill="#1b1d20"/><path d="M0 ${f(ty + 12)} L${W} ${f(ty + 12)} M0 ${f(ty + 30)} L${W} ${f(ty + 30)}" stroke="#8a8c8e" stroke-width="4"/>`,
      );
    } else if (v === 'bus') {
      const bl = W * 0.55;
      const bx = W * c.r(0.3, 0.42);
      const by = H * 0.88;
      const bh = H * 0.28;
      const body = mix(c.pick(['#2d5f8a', '#b8413a', '#3f7a52']), '#000000', T.night ? 0.45 : 0);
      c.add(`<rect x="${f(bx)}" y="${f(by - bh)}" width="${f(bl)}" height="${f(bh)}" rx="18" fill="${body}"/>`);
      windowGrid(c, bx + 16, by - bh * 0.88, bl - 32, bh * 0.42, { cols: 6, rows: 1, lit: T.night ? 1 : 0, color: '#2e3a48', pad: 0.06 });
      c.add(
        `<circle cx="${f(bx + bl * 0.18)}" cy="${f(by)}" r="${f(bh * 0.16)}" fill="#1b1d20"/><circle cx="${f(bx + bl * 0.82)}" cy="${f(by)}" r="${f(bh * 0.16)}" fill="#1b1d20"/>`,
      );
      if (T.night) glow(c, bx + bl, by - bh * 0.2, 140, '#fff3cf', 0.7);
      const sx = W * 0.14;
      c.add(
        `<rect x="${f(sx)}" y="${f(kerb - H * 0.3)}" width="${f(W * 0.14)}" height="10" fill="#2a2d33"/><rect x="${f(sx)}" y="${f(kerb - H * 0.3)}" width="8" height="${f(H * 0.3 + H * 0.04)}" fill="#2a2d33"/><rect x="${f(sx + 10)}" y="${f(kerb - H * 0.28)}" width="${f(W * 0.13)}" height="${f(H * 0.25)}" fill="#c9d4d9" opacity="0.25"/>`,
      );
      if (T.night) glow(c, sx + W * 0.07, kerb - H * 0.2, 140, '#e8f0ff', 0.35);
      for (let i = 0; i < 3; i++) person(c, sx + 40 + i * 70, kerb + H * 0.04, H * 0.24, mix(c.pick(CLOTHES), '#000000', T.night ? 0.5 : 0));
    } else {
      const laneY = roadY + H * 0.04;
      c.add(
        `<rect x="0" y="${f(laneY)}" width="${W}" height="${f(H * 0.12)}" fill="#5f8a5a" opacity="0.85"/><rect x="0" y="${f(laneY + H * 0.12)}" width="${W}" height="8" fill="#e8e4da"/>`,
      );
      const bollards = [];
      for (let bx = 40; bx < W; bx += 140) bollards.push(`<rect x="${f(bx)}" y="${f(laneY + H * 0.12 - 40)}" width="12" height="48" rx="4"/>`);
      c.add(`<g fill="#e8e4da">${bollards.join('')}</g>`);
      for (let i = 0; i < 3; i++) {
        const cx = W * (0.15 + i * 0.3) + c.r(-40, 40);
        const cy = laneY + H * 0.1;
        const s = H * 0.22;
        c.add(
          `<circle cx="${f(cx - s * 0.35)}" cy="${f(cy - s * 0.12)}" r="${f(s * 0.16)}" fill="none" stroke="#1e2126" stroke-width="5"/><circle cx="${f(cx + s * 0.35)}" cy="${f(cy - s * 0.12)}" r="${f(s * 0.16)}" fill="none" stroke="#1e2126" stroke-width="5"/><path d="M${f(cx - s * 0.35)} ${f(cy - s * 0.12)} L${f(cx - s * 0.05)} ${f(cy - s * 0.42)} L${f(cx + s * 0.25)} ${f(cy - s * 0.42)} L${f(cx + s * 0.35)} ${f(cy - s * 0.12)} M${f(cx - s * 0.05)} ${f(cy - s * 0.42)} L${f(cx)} ${f(cy - s * 0.12)}" stroke="${c.pick(['#b8413a', '#2d5f8a', '#3a3f46'])}" stroke-width="6" fill="none"/>`,
        );
        const col = c.pick(CLOTHES);
        c.add(
          `<path d="M${f(cx - s * 0.08)} ${f(cy - s * 0.5)} L${f(cx + s * 0.1)} ${f(cy - s * 0.85)} L${f(cx + s * 0.28)} ${f(cy - s * 0.5)}" stroke="${col}" stroke-width="${f(s * 0.1)}" stroke-linecap="round" fill="none"/><path d="M${f(cx - s * 0.06)} ${f(cy - s * 0.48)} L${f(cx)} ${f(cy - s * 0.15)}" stroke="#2a2d33" stroke-width="${f(s * 0.07)}" stroke-linecap="round"/><circle cx="${f(cx + s * 0.14)}" cy="${f(cy - s * 0.97)}" r="${f(s * 0.08)}" fill="${c.pick(SKIN)}"/><path d="M${f(cx + s * 0.06)} ${f(cy - s * 1.0)} a${f(s * 0.09)} ${f(s * 0.09)} 0 0 1 ${f(s * 0.18)} 0 Z" fill="${c.pick(['#e8e4da', '#d9b24c', '#3a3f46'])}"/>`,
        );
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
        c.add(
          `<rect x="${f(ux)}" y="${f(base - bh - 50)}" width="${f(bw / 8)}" height="50" fill="#8a9096"/><circle cx="${f(ux + bw / 32)}" cy="${f(base - bh - 50)}" r="${f(bw / 40)}" fill="#5c6369"/><circle cx="${f(ux + (bw * 3) / 32)}" cy="${f(base - bh - 50)}" r="${f(bw / 40)}" fill="#5c6369"/>`,
        );
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
    c.add(
      `<path d="M${f(bx + bw * 0.2)} ${f(base - bh)} L${f(bx + bw / 2)} ${f(base - bh - H * 0.16)} L${f(bx + bw * 0.8)} ${f(base - bh)} Z" fill="${mix(stone, '#000000', 0.08)}"/><path d="M${f(bx + bw * 0.27)} ${f(base - bh - 6)} L${f(bx + bw / 2)} ${f(base - bh - H * 0.12)} L${f(bx + bw * 0.73)} ${f(base - bh - 6)} Z" fill="${mix(stone, '#000000', 0.18)}"/>`,
    );
    c.add(`<rect x="${f(bx - 10)}" y="${f(base - bh - 4)}" width="${f(bw + 20)}" height="16" fill="${mix(stone, '#000000', 0.15)}"/>`);
    const cols = [];
    for (let i = 0; i < 6; i++) {
      const cx = bx + bw * 0.22 + (i * bw * 0.56) / 5;
      cols.push(
        `<rect x="${f(cx - 14)}" y="${f(base - bh + 12)}" width="28" height="${f(bh - 12)}" fill="${mix(stone, '#ffffff', 0.15)}"/><rect x="${f(cx - 20)}" y="${f(base - bh + 12)}" width="40" height="12" fill="${mix(stone, '#000000', 0.1)}"/>`,
      );
    }
    windowGrid(c, bx + 20, base - bh + 30, bw * 0.17, bh - 60, {
      cols: 2,
      rows: 3,
      lit: T.night || T.low ? 0.8 : 0,
      color: mix(stone, '#1f2530', 0.6),
      pad: 0.2,
    });
    windowGrid(c, bx + bw * 0.83 - 20, base - bh + 30, bw * 0.17, bh - 60, {
      cols: 2,
      rows: 3,
      lit: T.night || T.low ? 0.8 : 0,
      color: mix(stone, '#1f2530', 0.6),
      pad: 0.2,
    });
    c.add(
      `<rect x="${f(bx + bw * 0.3)}" y="${f(base - bh + 30)}" width="${f(bw * 0.4)}" height="${f(bh - 30)}" fill="${mix(stone, '#1f2530', 0.5)}"/>`,
    );
    if (T.low) glow(c, bx + bw / 2, base - bh * 0.3, bw * 0.3, LAMP, 0.5);
    c.add(cols.join(''));
    for (let i = 0; i < 4; i++)
      c.add(
        `<rect x="${f(bx + bw * 0.2 - i * 20)}" y="${f(base + i * 14)}" width="${f(bw * 0.6 + i * 40)}" height="15" fill="${mix(stone, '#000000', 0.05 + i * 0.04)}"/>`,
      );
    ground(c, base + 56, T.snow ? '#e4e8ec' : '#8a867c');
    for (let i = 0; i < 2; i++) tree(c, i ? W * 0.95 : W * 0.05, H * 0.98, H * 0.55, T.snow ? '#6b7078' : mix('#4f6b3a', T.haze, 0.2));
    if (T.snow) c.add(`<rect x="${f(bx - 10)}" y="${f(base - bh - 10)}" width="${f(bw + 20)}" height="8" fill="#f4f6f8"/>`);
    for (let i = 0; i < 4; i++) person(c, c.r(W * 0.15, W * 0.85), H * c.r(0.93, 0.99), H * 0.16, mix(c.pick(CLOTHES), '#000000', T.low ? 0.3 : 0));
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
    c.add(
      `<rect x="${f(tx)}" y="${f(hz - H * 0.3)}" width="30" height="${f(H * 0.3)}" fill="#7a7e84"/><path d="M${f(tx - 30)} ${f(hz - H * 0.3)} L${f(tx + 60)} ${f(hz - H * 0.3)} L${f(tx + 45)} ${f(hz - H * 0.36)} L${f(tx - 15)} ${f(hz - H * 0.36)} Z" fill="#3d4a5a"/>`,
    );
    c.add(`<rect x="${f(W * 0.6)}" y="${f(hz - H * 0.08)}" width="${f(W * 0.38)}" height="${f(H * 0.08)}" fill="#b9bcbf"/>`);
    windowGrid(c, W * 0.6, hz - H * 0.07, W * 0.38, H * 0.05, { cols: 24, rows: 1, color: '#4a5866', pad: 0.1 });
    const px = W * c.r(0.55, 0.75);
    const py = hz + H * 0.12;
    const s = W * 0.22;
    const body = mix('#e8e8e4', T.haze, T.fog ? 0.4 : 0);
    c.add(
      `<rect x="${f(px - s)}" y="${f(py - s * 0.08)}" width="${f(s * 2)}" height="${f(s * 0.12)}" rx="${f(s * 0.06)}" fill="${body}"/><path d="M${f(px - s * 0.2)} ${f(py)} L${f(px + s * 0.2)} ${f(py)} L${f(px + s * 0.9)} ${f(py + s * 0.1)} L${f(px - s * 0.9)} ${f(py + s * 0.1)} Z" fill="${mix(body, '#000000', 0.1)}"/><path d="M${f(px + s * 0.8)} ${f(py - s * 0.08)} L${f(px + s)} ${f(py - s * 0.4)} L${f(px + s * 1.02)} ${f(py - s * 0.05)} Z" fill="#2d5f8a"/>`,
    );
    windowGrid(c, px - s * 0.7, py - s * 0.055, s * 1.4, s * 0.05, { cols: 26, rows: 1, color: '#4a5866', pad: 0.25 });
    if (T.fog) fogOverlay(c, hz);
  },
};
