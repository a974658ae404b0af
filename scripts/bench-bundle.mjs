// Prints what a first visit to each prerendered page downloads: HTML, CSS and
// JavaScript, raw and gzip-compressed, read from the production build in .next.
// Usage: npm run build && npm run bench:bundle
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const appDir = '.next/server/app';
if (!existsSync(appDir)) {
  console.error('No production build found: run `npm run build` first.');
  process.exit(1);
}

// Every page is prerendered once per language (app/[locale]/); the English ones are measured.
/** @type {Array<[route: string, file: string]>} */
const pages = [
  ['/', 'en.html'],
  ['/tiktok', 'en/tiktok.html'],
  ['/tiktok/make-account-private', 'en/tiktok/make-account-private.html'],
  ['/tiktok/delete-account', 'en/tiktok/delete-account.html'],
  ['/checklists', 'en/checklists.html'],
  ['/countdowns', 'en/countdowns.html'],
];

/** @type {(bytes: number) => string} */
const kib = (bytes) => (bytes / 1024).toFixed(1);
/** @type {(buffer: Buffer) => { raw: number, gzip: number }} */
const sizes = (buffer) => ({ raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length });

/**
 * The files of every distinct asset `pattern` (its group 1: a /_next/ address) finds in the page.
 * @param {string} html
 * @param {RegExp} pattern
 * @returns {Buffer[]}
 */
function assets(html, pattern) {
  // Group 1 is not optional in either pattern: every match has it.
  return [...new Set([...html.matchAll(pattern)].map((match) => /** @type {string} */ (match[1])))].map((href) =>
    readFileSync(join('.next', href.replace(/^\/_next\//, ''))),
  );
}

const rows = pages.map(([route, file]) => {
  const htmlBuffer = readFileSync(join(appDir, file));
  const html = htmlBuffer.toString('utf8');
  const scripts = assets(html, /<script src="(\/_next\/static\/[^"]+\.js)"(?![^>]*noModule)/g);
  const styles = assets(html, /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/g);
  const js = scripts.map(sizes).reduce((sum, size) => ({ raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip }), { raw: 0, gzip: 0 });
  const css = styles.map(sizes).reduce((sum, size) => ({ raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip }), { raw: 0, gzip: 0 });
  const page = sizes(htmlBuffer);
  return { route, page, css, js, scripts: scripts.length };
});

console.log('| page | HTML gzip KiB | CSS gzip KiB | JS files | JS raw KiB | JS gzip KiB | total gzip KiB |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const { route, page, css, js, scripts } of rows) {
  console.log(
    `| ${route} | ${kib(page.gzip)} | ${kib(css.gzip)} | ${scripts} | ${kib(js.raw)} | ${kib(js.gzip)} | ${kib(page.gzip + css.gzip + js.gzip)} |`,
  );
}
