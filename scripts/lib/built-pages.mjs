// What the production build prerendered, read from its manifest: scripts use
// it instead of lists of their own, so a new step is covered without edits.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './next-server.mjs';

/**
 * Every prerendered page address as people see it (no language prefix:
 * the build holds `/en/tiktok` and `/es/tiktok`, both served at `/tiktok`).
 */
function builtAddresses() {
  const manifest = join(projectRoot, '.next/prerender-manifest.json');
  if (!existsSync(manifest)) throw new Error('No production build found: run `npm run build` first.');
  const { routes } = JSON.parse(readFileSync(manifest, 'utf8'));
  return Object.keys(routes)
    .filter((route) => route === '/en' || route.startsWith('/en/'))
    .map((route) => route.slice(3) || '/');
}

/** The platforms' checklist pages, e.g. ['/facebook', '/instagram', …], sorted. */
export function builtPlatformPages() {
  const stepParents = new Set(builtAddresses().filter((path) => path.split('/').length === 3).map((path) => `/${path.split('/')[1]}`));
  return [...stepParents].sort();
}

/** The step pages of one platform, e.g. ['/tiktok/delete-account', …], sorted. */
export function builtStepPages(platform = 'tiktok') {
  const steps = builtAddresses()
    .filter((route) => route.startsWith(`/${platform}/`))
    .sort();
  if (steps.length === 0) throw new Error(`No /${platform}/ step pages in the build: is it complete?`);
  return steps;
}

/** The slugs of those step pages. */
export const builtStepSlugs = (platform = 'tiktok') => builtStepPages(platform).map((path) => path.split('/')[2]);
