import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

// The README's API table lists every route handler with its methods: this
// keeps it from falling behind the code (it once listed 5 groups of 13).

const root = join(__dirname, '..', '..');
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(path);
    return entry.name === 'route.ts' ? [path] : [];
  });
}

/** `app/api/countdowns/[id]/route.ts` → `/api/countdowns/[id]`, with the methods it exports. */
function handlers(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of routeFiles(join(root, 'app', 'api'))) {
    const path = `/${relative(join(root, 'app'), file).split(sep).slice(0, -1).join('/')}`;
    const source = readFileSync(file, 'utf8');
    const methods = METHODS.filter((method) => new RegExp(`export (?:const|(?:async )?function) ${method}\\b`).test(source));
    found.set(path, methods);
  }
  return found;
}

/** The README's table rows: `| GET, POST | \`/api/countdowns\` | … |`. */
function documented(): Map<string, string[]> {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## API'), readme.indexOf('\n## ', readme.indexOf('## API') + 1));
  const rows = [...section.matchAll(/^\| ([A-Z, ]+) \| `([^`]+)` \|/gm)];
  return new Map(rows.map((row) => [row[2]!, row[1]!.split(', ').sort()]));
}

describe('the README API table', () => {
  it('lists every route handler and exactly its methods', () => {
    const code = handlers();
    expect(code.size).toBeGreaterThan(10);
    const sorted = (map: Map<string, string[]>) => Object.fromEntries([...map].map(([path, methods]) => [path, [...methods].sort()]).sort());
    expect(sorted(documented())).toEqual(sorted(code));
  });
});
