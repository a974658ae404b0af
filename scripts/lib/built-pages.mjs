// What the production build prerendered, read from its manifest: scripts use
// it instead of lists of their own, so a new step is covered without edits.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './next-server.mjs';

/** The step pages of one platform, e.g. ['/tiktok/delete-account', …], sorted. */
export function builtStepPages(platform = 'tiktok') {
  const manifest = join(projectRoot, '.next/prerender-manifest.json');
  if (!existsSync(manifest)) throw new Error('No production build found: run `npm run build` first.');
  const { routes } = JSON.parse(readFileSync(manifest, 'utf8'));
  const steps = Object.keys(routes)
    .filter((route) => route.startsWith(`/${platform}/`))
    .sort();
  if (steps.length === 0) throw new Error(`No /${platform}/ step pages in ${manifest}: is the build complete?`);
  return steps;
}

/** The slugs of those step pages. */
export const builtStepSlugs = (platform = 'tiktok') => builtStepPages(platform).map((path) => path.split('/')[2]);
