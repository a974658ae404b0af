import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * "Browser code never imports lib/db" (docs/architecture.md, "Browser data"),
 * not even a type: a type-only import is erased today, but it ties the
 * browser to the database's module and invites the next import to be a value.
 * Every module a client component or a browser-side lib folder reaches is
 * followed, type imports included.
 */

const ROOT = join(__dirname, '..');
const BROWSER_FOLDERS = ['lib/browser-data', 'lib/client-api', 'lib/session', 'lib/progress', 'lib/countdowns', 'lib/types'];
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];
const SPECIFIERS = /(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(join(ROOT, path)).isDirectory()) return name === 'node_modules' || name.startsWith('.') ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function directive(source: string): string | undefined {
  return source.match(/^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*['"](use (?:client|server))['"]/)?.[1];
}

function resolve(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/') ? specifier.slice(2) : specifier.startsWith('.') ? join(dirname(from), specifier) : undefined;
  if (base === undefined) return undefined;
  const found = ['', ...EXTENSIONS].map((ending) => base + ending).find((path) => existsSync(join(ROOT, path)) && statSync(join(ROOT, path)).isFile());
  return found && relative(ROOT, join(ROOT, found));
}

/** Each repository module `file` imports, statically, dynamically or for types. */
function importsOf(file: string): string[] {
  const source = readFileSync(join(ROOT, file), 'utf8');
  return [...source.matchAll(SPECIFIERS)].flatMap((match) => {
    const resolved = resolve(file, match[1] ?? match[2]!);
    return resolved ? [resolved] : [];
  });
}

describe('browser code', () => {
  const entries = [
    ...BROWSER_FOLDERS.flatMap(sourceFiles),
    ...['app', 'lib'].flatMap(sourceFiles).filter((file) => directive(readFileSync(join(ROOT, file), 'utf8')) === 'use client'),
  ];

  it('finds the client components and browser folders it checks', () => {
    expect(entries).toEqual(expect.arrayContaining(['lib/browser-data/record.ts', 'app/[locale]/account/_components/local-data.tsx']));
  });

  it('never reaches lib/db, not even for a type', () => {
    const reachedFrom = new Map<string, string>();
    const queue = [...new Set(entries)];
    for (const file of queue) reachedFrom.set(file, file);
    const offenders: string[] = [];
    while (queue.length > 0) {
      const file = queue.shift()!;
      if (file.startsWith('lib/db/')) {
        const chain = [file];
        while (reachedFrom.get(chain[0]!) !== chain[0]) chain.unshift(reachedFrom.get(chain[0]!)!);
        offenders.push(chain.join(' -> '));
        continue;
      }
      // A server action is called from the browser by reference; its imports stay on the server.
      if (directive(readFileSync(join(ROOT, file), 'utf8')) === 'use server') continue;
      for (const imported of importsOf(file)) {
        if (reachedFrom.has(imported)) continue;
        reachedFrom.set(imported, file);
        queue.push(imported);
      }
    }
    expect(offenders).toEqual([]);
  });
});
