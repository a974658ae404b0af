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

const pages = [
  ['/', 'index.html'],
  ['/tiktok', 'tiktok.html'],
  ['/tiktok/make-account-private', 'tiktok/make-account-private.html'],
  ['/tiktok/delete-account', 'tiktok/delete-account.html'],
];

const kib = (bytes) => (bytes / 1024).toFixed(1);
const sizes = (buffer) => ({ raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length });

function assets(html, pattern) {
  return [...new Set([...html.matchAll(pattern)].map((match) => match[1]))].map((href) =>
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
