import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import importBoundaries from './import-boundaries.mjs';

// ESLint's RuleTester runs each case as a test of the framework it is given.
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({ languageOptions: { ecmaVersion: 2024, sourceType: 'module' } });

tester.run('browser-code', importBoundaries.rules['browser-code'], {
  valid: [
    // A server component or route may use the database.
    { code: "import { getDb } from '@/lib/db/client';" },
    // Browser code may use shared, neutral modules.
    { code: "'use client';\nimport { progressSchema } from '@/lib/validation/progress';" },
    { code: "import { something } from '@/lib/validation/progress';", options: [{ always: true }] },
  ],
  invalid: [
    {
      code: "'use client';\nimport { getDb } from '@/lib/db/client';",
      errors: [{ messageId: 'serverImport', data: { what: 'the database layer (lib/db)', source: '@/lib/db/client' } }],
    },
    // A type-only import still ties the browser to the server module.
    {
      code: "'use client';\nimport type { Countdown } from '@/lib/db/queries/countdowns';",
      languageOptions: { parser: await import('@typescript-eslint/parser') },
      errors: [{ messageId: 'serverImport' }],
    },
    { code: "'use strict';\n'use client';\nexport { env } from '@/lib/env';", errors: [{ messageId: 'serverImport' }] },
    { code: "'use client';\nconst mail = () => import('@/lib/email/send');", errors: [{ messageId: 'serverImport' }] },
    { code: "'use client';\nimport 'server-only';", errors: [{ messageId: 'serverImport' }] },
    { code: "import { cookies } from 'next/headers';", options: [{ always: true }], errors: [{ messageId: 'serverImport' }] },
  ],
});

tester.run('lib-not-app', importBoundaries.rules['lib-not-app'], {
  valid: [{ code: "import { x } from '@/lib/content';" }, { code: "import { y } from './app-state';" }],
  invalid: [
    { code: "import { Thing } from '@/app/_components/thing';", errors: [{ messageId: 'appImport' }] },
    { code: "import { Thing } from '../../app/_components/thing';", errors: [{ messageId: 'appImport' }] },
  ],
});
