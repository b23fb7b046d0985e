// Draws Lede's app icons (the masthead "L") and renders the PNG sizes the web app manifest needs.
// Usage: node scripts/generate-icons.mjs  → public/icons/*.png
import { mkdirSync } from 'node:fs';
import sharp from 'sharp';

const NAVY = '#1d2a3a';
const PAPER = '#f4efe6';
const ACCENT = '#c2412d';

/** `safe` is the fraction of the canvas the glyph may use (maskable icons keep it inside the 80% safe zone). */
function svg({ rounded, safe }) {
  const s = 512;
  const inset = (s * (1 - safe)) / 2;
  const g = (v) => inset + v * safe; // map 0..512 glyph space into the safe area
  const radius = rounded ? 96 : 0;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}" viewBox="0 0 ${s} ${s}">
  <rect width="${s}" height="${s}" rx="${radius}" fill="${NAVY}"/>
  <path d="M${g(150)} ${g(104)}h${72 * safe}v${248 * safe}h${150 * safe}v${60 * safe}H${g(150)}z" fill="${PAPER}"/>
  <rect x="${g(150)}" y="${g(432)}" width="${222 * safe}" height="${18 * safe}" fill="${ACCENT}"/>
</svg>`;
}

const out = 'public/icons';
mkdirSync(out, { recursive: true });
const jobs = [
  ['icon-192.png', 192, { rounded: true, safe: 1 }],
  ['icon-512.png', 512, { rounded: true, safe: 1 }],
  ['icon-maskable-512.png', 512, { rounded: false, safe: 0.72 }],
  ['apple-touch-icon-180.png', 180, { rounded: false, safe: 0.9 }],
];
for (const [name, size, options] of jobs) {
  await sharp(Buffer.from(svg(options)))
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toFile(`${out}/${name}`);
  console.log(`${out}/${name}`);
}
