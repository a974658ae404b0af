// A bare Next.js app on our very next/react install: the floor bench:web holds
// our pages against. It has what any real page needs to score fully (lang,
// title, description, an icon so there is no /favicon.ico 404) and nothing else.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, parse, sep } from 'node:path';
import { projectRoot } from './next-server.mjs';

const files = {
  'package.json': JSON.stringify({ name: 'unlisted-bare-next', private: true, version: '0.0.0' }, null, 2),
  'tsconfig.json': JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        lib: ['dom', 'dom.iterable', 'esnext'],
        strict: true,
        noEmit: true,
        module: 'esnext',
        moduleResolution: 'bundler',
        isolatedModules: true,
        jsx: 'react-jsx',
        skipLibCheck: true,
        plugins: [{ name: 'next' }],
      },
      include: ['next-env.d.ts', '**/*.ts', '**/*.tsx', '.next/types/**/*.ts'],
      exclude: ['node_modules'],
    },
    null,
    2,
  ),
  'app/layout.tsx': `import type { Metadata } from 'next';
import type { ReactNode } from 'react';

export const metadata: Metadata = {
  title: 'Hello',
  description: 'A bare Next.js page: the floor the Unlisted benchmark compares against.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  'app/page.tsx': `export default function Page() {
  return (
    <main>
      <h1>Hello</h1>
    </main>
  );
}
`,
  'app/icon.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" fill="#0b5563"/></svg>\n',
};

/**
 * Deepest directory that contains both paths.
 * @param {string} a
 * @param {string} b
 * @returns {string}
 */
function commonAncestor(a, b) {
  const partsA = a.split(sep);
  const partsB = b.split(sep);
  let shared = 0;
  while (shared < partsA.length && partsA[shared] === partsB[shared]) shared += 1;
  return partsA.slice(0, shared).join(sep) || parse(a).root;
}

/**
 * Writes the bare app to a new temporary directory and returns it; unique per
 * run, so two benchmarks at once do not delete each other's build.
 */
export function createBareNextApp() {
  const dir = mkdtempSync(join(tmpdir(), 'unlisted-bare-next-'));
  mkdirSync(join(dir, 'app'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  // Our node_modules, so it is exactly our next and react.
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // Turbopack refuses a node_modules symlink that leaves its root ("Could not find
  // the Next.js package"), so the root is widened to a directory holding both;
  // it only bounds file resolution, the output is the same bundler's.
  const turbopackRoot = commonAncestor(dir, projectRoot.replace(/[/\\]$/, ''));
  writeFileSync(
    join(dir, 'next.config.mjs'),
    `// Same settings as our next.config.ts that change what a page sends.
export default {
  reactStrictMode: true,
  poweredByHeader: false,
  turbopack: { root: ${JSON.stringify(turbopackRoot)} },
};
`,
  );
  return dir;
}
