// Writes the app's icons into public/icons/ from one drawing: the SVG, the PNGs
// the web app manifest lists (192, 512, and 512 maskable) and the 180×180
// apple-touch-icon. Drawn by the system Chromium, so it needs no image library.
// Usage: node scripts/make-icons.mjs   (then commit public/icons/)
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

/** @type {typeof import('../e2e/chromium.json')} */
const browserConfig = JSON.parse(readFileSync(new URL('../e2e/chromium.json', import.meta.url), 'utf8'));
const outDir = new URL('../public/icons/', import.meta.url);

// The mark of the inline icon in app/layout.tsx: a white tick on the accent colour (--accent).
const ACCENT = '#0b5563';
const TICK = 'M18 33l9 9 19-20';

/**
 * `rounded`: the tile with its own rounded corners (transparent outside them).
 * Otherwise a full square, for launchers and iOS, which cut their own shape.
 * `scale` shrinks the tick about the centre, to keep it inside a mask's safe zone.
 * @param {{ rounded: boolean, scale?: number }} options
 * @returns {string}
 */
function drawing({ rounded, scale = 1 }) {
  const tile = rounded ? `<rect width="64" height="64" rx="14" fill="${ACCENT}"/>` : `<rect width="64" height="64" fill="${ACCENT}"/>`;
  const transform = scale === 1 ? '' : ` transform="translate(32 32) scale(${scale}) translate(-32 -32)"`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">${tile}` +
    `<path d="${TICK}" fill="none" stroke="#fff" stroke-width="7" stroke-linecap="round" stroke-linejoin="round"${transform}/></svg>`
  );
}

// The tick reaches 20.7 units from the centre (its end cap included): 0.32 of the tile.
// A maskable icon must keep its content within a circle of 0.4; 0.8 leaves a margin.
const pngs = [
  { file: 'icon-192.png', size: 192, svg: drawing({ rounded: true }) },
  { file: 'icon-512.png', size: 512, svg: drawing({ rounded: true }) },
  { file: 'icon-maskable-512.png', size: 512, svg: drawing({ rounded: false, scale: 0.8 }) },
  { file: 'apple-touch-icon.png', size: 180, svg: drawing({ rounded: false, scale: 0.9 }) },
];

mkdirSync(outDir, { recursive: true });
writeFileSync(new URL('icon.svg', outDir), `${drawing({ rounded: true })}\n`);

const browser = await chromium.launch({ executablePath: browserConfig.path, args: browserConfig.flags });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { file, size, svg } of pngs) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" style="display:block" `);
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(new URL(file, outDir), png);
    console.log(`public/icons/${file}: ${size}×${size}, ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
