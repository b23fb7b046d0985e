// Scenes indoors: a hall (market, council chamber, gallery), a laboratory, a server room.
import { mix, f, CLOTHES, LAMP } from './context.mjs';
import { glow } from './sky-and-land.mjs';
import { person, crowd } from './people.mjs';

// Each scene draws one kind of photo from its spec (variant, time of day) on the context `c`.
export const interiorScenes = {
  hall(c) {
    const { W, H, spec } = c;
    const v = spec.variant;
    const wall = v === 'library' ? '#c9b89a' : v === 'council' ? '#b7a78e' : v === 'robotics' ? '#8d96a0' : '#a79c8b';
    c.add(
      `<rect width="${W}" height="${H}" fill="${c.lin([
        [0, mix(wall, '#ffffff', 0.1)],
        [1, mix(wall, '#000000', 0.15)],
      ])}"/>`,
    );
    const floorY = H * 0.62;
    if (v !== 'robotics') {
      const n = 4;
      for (let i = 0; i < n; i++) {
        const ww = W / n;
        const x = i * ww + ww * 0.22;
        const w = ww * 0.56;
        const top = H * 0.08;
        c.add(
          `<path d="M${f(x)} ${f(floorY - H * 0.12)} L${f(x)} ${f(top + w / 2)} A${f(w / 2)} ${f(w / 2)} 0 0 1 ${f(x + w)} ${f(top + w / 2)} L${f(x + w)} ${f(floorY - H * 0.12)} Z" fill="${c.lin(
            [
              [0, '#eef2f2'],
              [1, '#cfd9dc'],
            ],
          )}"/>`,
        );
        c.add(
          `<path d="M${f(x + w / 2)} ${f(top)} L${f(x + w / 2)} ${f(floorY - H * 0.12)} M${f(x)} ${f(H * 0.3)} L${f(x + w)} ${f(H * 0.3)}" stroke="#7d7468" stroke-width="6"/>`,
        );
        c.add(`<rect x="${f(i * ww - 16)}" y="0" width="32" height="${f(floorY)}" fill="${mix(wall, '#000000', 0.2)}"/>`);
      }
      glow(c, W / 2, H * 0.3, W * 0.5, '#fff8e8', 0.3);
    } else {
      const lights = [];
      for (let x = 100; x < W; x += 240) lights.push(`<rect x="${f(x)}" y="40" width="120" height="14" rx="6"/>`);
      c.add(`<g fill="#f4f2ea">${lights.join('')}</g>`);
      c.add(`<rect x="0" y="${f(H * 0.12)}" width="${W}" height="${f(H * 0.35)}" fill="#5a626c"/>`);
      const dots = [];
      for (let i = 0; i < 380; i++)
        dots.push(`<circle cx="${f(c.r(0, W))}" cy="${f(c.r(H * 0.16, H * 0.46))}" r="5" fill="${mix(c.pick(CLOTHES), '#8d96a0', 0.35)}"/>`);
      c.add(dots.join(''));
    }
    c.add(
      `<rect x="0" y="${f(floorY)}" width="${W}" height="${f(H - floorY)}" fill="${c.lin([
        [0, v === 'library' ? '#8a6a4a' : '#9a9186'],
        [1, v === 'library' ? '#5e4630' : '#6d655b'],
      ])}"/>`,
    );
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
        for (let k = 0; k < 8; k++)
          stripes.push(
            `<rect x="${f(x + (k * w) / 8)}" y="${f(y - H * 0.28)}" width="${f(w / 8)}" height="${f(H * 0.07)}" fill="${k % 2 ? '#efe9dc' : colA}"/>`,
          );
        c.add(stripes.join(''));
        c.add(
          `<rect x="${f(x + 6)}" y="${f(y - H * 0.21)}" width="8" height="${f(H * 0.21)}" fill="#5a4632"/><rect x="${f(x + w - 14)}" y="${f(y - H * 0.21)}" width="8" height="${f(H * 0.21)}" fill="#5a4632"/>`,
        );
        c.add(`<rect x="${f(x)}" y="${f(y - H * 0.06)}" width="${f(w)}" height="${f(H * 0.1)}" fill="#7a5a3c"/>`);
        const produce = [];
        for (let k = 0; k < 26; k++)
          produce.push(
            `<circle cx="${f(x + c.r(15, w - 15))}" cy="${f(y - H * 0.065 - c.r(0, 14))}" r="${f(c.r(7, 13))}" fill="${c.pick(['#c4553f', '#d9a53c', '#7aa04a', '#e0c060', '#9c4f7a'])}"/>`,
          );
        c.add(produce.join(''));
      }
      const lamps = [];
      for (let x = 100; x < W; x += 280) {
        lamps.push(`<path d="M${f(x)} 0 L${f(x)} ${f(H * 0.18)}" stroke="#333" stroke-width="2"/>`);
        glow(c, x, H * 0.2, 60, LAMP, 0.6);
        lamps.push(
          `<path d="M${f(x - 26)} ${f(H * 0.2)} L${f(x + 26)} ${f(H * 0.2)} L${f(x + 12)} ${f(H * 0.18)} L${f(x - 12)} ${f(H * 0.18)} Z" fill="#3a3a3a"/>`,
        );
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
            books.push(
              `<rect x="${f(x)}" y="${f(sy + H * 0.085 - bh)}" width="${f(bw)}" height="${f(bh)}" fill="${c.pick(['#7a3b30', '#2f4b6a', '#5f7a4a', '#b08d57', '#6b4f6e', '#c9b89a', '#3d3d3d'])}"/>`,
            );
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
          c.add(
            `<path d="M${f(lx)} ${f(ty)} L${f(lx)} ${f(ty - 30)}" stroke="#8a7a4a" stroke-width="4"/><path d="M${f(lx - 22)} ${f(ty - 24)} L${f(lx + 22)} ${f(ty - 24)} L${f(lx + 12)} ${f(ty - 40)} L${f(lx - 12)} ${f(ty - 40)} Z" fill="#3f7a52"/>`,
          );
        }
        if (i === 1) person(c, W / 2 + tw * 0.3, ty + 10, H * 0.2, '#6b4f4f');
      }
    } else if (v === 'council') {
      for (let i = 0; i < 4; i++) {
        const y = floorY + H * (0.05 + i * 0.09);
        const rx = W * (0.25 + i * 0.08);
        c.add(
          `<path d="M${f(W / 2 - rx)} ${f(y)} Q${f(W / 2)} ${f(y + H * 0.1)} ${f(W / 2 + rx)} ${f(y)}" stroke="#5e3f2b" stroke-width="${f(22 + i * 6)}" fill="none"/>`,
        );
        const n = 8 + i * 3;
        for (let k = 0; k <= n; k++) {
          const t = k / n;
          const x = W / 2 - rx + 2 * rx * t;
          const yy = y + H * 0.1 * 2 * t * (1 - t) - 8;
          if (c.chance(0.7)) person(c, x, yy, H * (0.09 + i * 0.03), mix(c.pick(CLOTHES), '#b7a78e', 0.3 - i * 0.07));
        }
      }
      c.add(
        `<rect x="${f(W / 2 - 120)}" y="${f(floorY - H * 0.16)}" width="240" height="${f(H * 0.18)}" fill="#4e3626"/><rect x="${f(W / 2 - 150)}" y="${f(floorY - H * 0.2)}" width="300" height="${f(H * 0.05)}" fill="#6a4a30"/>`,
      );
      c.add(
        `<circle cx="${f(W / 2)}" cy="${f(H * 0.14)}" r="60" fill="#c9a85a" opacity="0.7"/><circle cx="${f(W / 2)}" cy="${f(H * 0.14)}" r="40" fill="#a88a44" opacity="0.7"/>`,
      );
    } else if (v === 'robotics') {
      const ax = W * 0.2;
      const aw = W * 0.6;
      c.add(
        `<path d="M${f(ax)} ${f(floorY + 20)} L${f(ax + aw)} ${f(floorY + 20)} L${f(ax + aw + 120)} ${f(H * 0.92)} L${f(ax - 120)} ${f(H * 0.92)} Z" fill="#3c6fa0"/><path d="M${f(ax)} ${f(floorY + 20)} L${f(ax + aw)} ${f(floorY + 20)} L${f(ax + aw + 120)} ${f(H * 0.92)} L${f(ax - 120)} ${f(H * 0.92)} Z" fill="none" stroke="#e8e4da" stroke-width="10"/>`,
      );
      c.add(`<path d="M${f(W / 2)} ${f(floorY + 20)} L${f(W / 2)} ${f(H * 0.92)}" stroke="#e8e4da" stroke-width="5" stroke-dasharray="20 16"/>`);
      for (let i = 0; i < 4; i++) {
        const rx = W * (0.28 + i * 0.15) + c.r(-30, 30);
        const ry = H * c.r(0.72, 0.85);
        const s = 90;
        const col = i % 2 ? '#c45c4a' : '#d9b24c';
        c.add(
          `<rect x="${f(rx - s / 2)}" y="${f(ry - s * 0.6)}" width="${s}" height="${f(s * 0.5)}" rx="8" fill="${col}"/><rect x="${f(rx - s * 0.3)}" y="${f(ry - s * 0.95)}" width="${f(s * 0.6)}" height="${f(s * 0.35)}" fill="#5a5f66"/><circle cx="${f(rx - s * 0.35)}" cy="${f(ry - s * 0.08)}" r="${f(s * 0.16)}" fill="#222"/><circle cx="${f(rx + s * 0.35)}" cy="${f(ry - s * 0.08)}" r="${f(s * 0.16)}" fill="#222"/><path d="M${f(rx + s * 0.3)} ${f(ry - s * 0.8)} l${f(s * 0.5)} ${f(-s * 0.3)}" stroke="#8a9098" stroke-width="8"/>`,
        );
        glow(c, rx, ry - s * 0.8, 20, '#8fe08f', 0.8);
      }
      for (let i = 0; i < 3; i++) person(c, W * (0.08 + i * 0.42) + c.r(-20, 20), H * 0.99, H * 0.4, c.pick(CLOTHES));
    }
  },

  lab(c) {
    const { W, H, spec } = c;
    c.add(
      `<rect width="${W}" height="${H}" fill="${c.lin([
        [0, '#c9d4d9'],
        [1, '#a9b6bd'],
      ])}"/>`,
    );
    const tiles = [];
    for (let y = 0; y < H * 0.62; y += 60) tiles.push(`<rect x="0" y="${f(y)}" width="${W}" height="2"/>`);
    for (let x = 0; x < W; x += 90) tiles.push(`<rect x="${f(x)}" y="0" width="2" height="${f(H * 0.62)}"/>`);
    c.add(`<g fill="#ffffff" opacity="0.25">${tiles.join('')}</g>`);
    const wx = W * c.r(0.55, 0.7);
    c.add(
      `<rect x="${f(wx)}" y="${f(H * 0.08)}" width="${f(W * 0.28)}" height="${f(H * 0.36)}" fill="${c.lin([
        [0, '#e9f1f4'],
        [1, '#cfdde4'],
      ])}"/><rect x="${f(wx + W * 0.14 - 4)}" y="${f(H * 0.08)}" width="8" height="${f(H * 0.36)}" fill="#9aa6ad"/>`,
    );
    glow(c, wx + W * 0.14, H * 0.3, W * 0.3, '#ffffff', 0.35);
    c.add(`<rect x="0" y="${f(H * 0.2)}" width="${f(W * 0.45)}" height="14" fill="#8b959b"/>`);
    for (let i = 0; i < 6; i++) {
      const bx = 40 + i * W * 0.07;
      c.add(
        `<rect x="${f(bx)}" y="${f(H * 0.2 - 70)}" width="44" height="70" rx="6" fill="${c.pick(['#7a8d9a', '#b5a68c', '#8a9c84', '#d3cfc4'])}"/>`,
      );
    }
    const bench = H * 0.62;
    c.add(
      `<rect x="0" y="${f(bench)}" width="${W}" height="${f(H * 0.05)}" fill="#2f3438"/><rect x="0" y="${f(bench + H * 0.05)}" width="${W}" height="${f(H)}" fill="#59636a"/>`,
    );
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
        c.add(
          `<rect x="${f(x - 18)}" y="${f(bench - th)}" width="36" height="${f(th)}" rx="18" fill="${glass}" opacity="0.55" stroke="#ffffff" stroke-width="2"/>`,
        );
        c.add(`<rect x="${f(x - 15)}" y="${f(bench - th * lvl)}" width="30" height="${f(th * lvl - 3)}" rx="15" fill="${liq}" opacity="0.85"/>`);
        c.add(`<rect x="${f(x - 20)}" y="${f(bench - th - 16)}" width="40" height="20" rx="4" fill="${c.pick(['#2d6fb0', '#d0d4d6', '#c3443c'])}"/>`);
      }
      c.add(
        `<rect x="${f(rx - 20)}" y="${f(bench - th * 0.55)}" width="${f(rw + 40)}" height="18" fill="#c3c9cc"/><rect x="${f(rx - 20)}" y="${f(bench - 18)}" width="${f(rw + 40)}" height="18" fill="#aeb5b9"/>`,
      );
      c.add(
        `<path d="M${f(W * 0.78)} ${f(bench - H * 0.45)} L${f(W * 0.64)} ${f(bench - H * 0.15)}" stroke="#e4e9ea" stroke-width="26" stroke-linecap="round"/><path d="M${f(W * 0.64)} ${f(bench - H * 0.15)} L${f(W * 0.62)} ${f(bench - H * 0.08)}" stroke="#d9dee0" stroke-width="6"/>`,
      );
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
          c.add(
            `<path d="M${f(x - s * 0.45 * (1 - lv * 0.9))} ${f(bench - s * lv)} L${f(x - s * 0.43)} ${f(bench - 6)} L${f(x + s * 0.43)} ${f(bench - 6)} L${f(x + s * 0.45 * (1 - lv * 0.9))} ${f(bench - s * lv)} Z" fill="${liq}" opacity="0.85"/>`,
          );
        } else {
          const bw = s * 0.55;
          c.add(
            `<rect x="${f(x - bw / 2)}" y="${f(bench - s * 0.8)}" width="${f(bw)}" height="${f(s * 0.8 - 3)}" rx="8" fill="${glass}" opacity="0.5" stroke="#ffffff" stroke-width="3"/>`,
          );
          const lv = c.r(0.3, 0.6);
          c.add(
            `<rect x="${f(x - bw / 2 + 4)}" y="${f(bench - s * 0.8 * lv)}" width="${f(bw - 8)}" height="${f(s * 0.8 * lv - 6)}" rx="6" fill="${liq}" opacity="0.8"/>`,
          );
          const ticks = [];
          for (let k = 1; k < 5; k++)
            ticks.push(`<rect x="${f(x - bw / 2 + 8)}" y="${f(bench - s * 0.16 * k)}" width="${f(bw * 0.25)}" height="2"/>`);
          c.add(`<g fill="#ffffff" opacity="0.7">${ticks.join('')}</g>`);
        }
      }
      c.add(`<rect x="0" y="${f(bench)}" width="${W}" height="6" fill="#ffffff" opacity="0.15"/>`);
    }
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
      c.add(
        `<path d="M${f(edge)} ${f(H * 0.05)} L${f(inner)} ${f(vy - 50)} L${f(inner)} ${f(vy + 50)} L${f(edge)} ${f(H * 0.95)} Z" fill="#11161c"/>`,
      );
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
              leds.push(
                `<rect x="${f(lx)}" y="${f(yy)}" width="${f(s)}" height="${f(s * 0.7)}" fill="${c.pick(['#5fd38a', '#5fd38a', '#5fb0e0', '#e0b05f'])}"/>`,
              );
            }
          }
        }
      }
      c.add(`<path d="${seams.join(' ')}" stroke="#39424c" stroke-width="3"/>${leds.join('')}`);
    }
    glow(c, vx, vy, W * 0.2, '#8fb8d8', 0.25);
  },
};
