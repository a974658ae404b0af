/**
 * The import boundaries of docs/architecture.md, as lint rules:
 *
 * - `browser-code`: code that runs in the browser (a file that starts with
 *   'use client', or any file the config marks as browser code) never imports
 *   the server's modules, not even for a type: the database layer, the
 *   environment, email, next/headers, or anything marked server-only. A type
 *   import pulls no code, but it ties the browser to a server module's shape;
 *   shared shapes live in neutral modules (lib/validation and the like).
 * - `lib-not-app`: lib/ never imports app/: routes depend on the library,
 *   never the other way round.
 */

const SERVER_ONLY = [
  { pattern: /^@\/lib\/db(\/|$)/, what: 'the database layer (lib/db)' },
  { pattern: /^@\/lib\/env$/, what: 'the server environment (lib/env)' },
  { pattern: /^@\/lib\/email(\/|$)/, what: 'email sending (lib/email)' },
  { pattern: /^server-only$/, what: 'a server-only module' },
  { pattern: /^next\/headers$/, what: 'next/headers' },
];

/** True when the file's first statements include the 'use client' directive. */
function isClientFile(program) {
  for (const statement of program.body) {
    if (statement.type !== 'ExpressionStatement' || typeof statement.directive !== 'string') return false;
    if (statement.directive === 'use client') return true;
  }
  return false;
}

/** Every module specifier of a file: imports, re-exports and dynamic imports with a literal. */
function specifierVisitors(check) {
  const literal = (node) => (node && node.type === 'Literal' && typeof node.value === 'string' ? node : null);
  return {
    ImportDeclaration: (node) => check(literal(node.source)),
    ExportNamedDeclaration: (node) => check(literal(node.source)),
    ExportAllDeclaration: (node) => check(literal(node.source)),
    ImportExpression: (node) => check(literal(node.source)),
  };
}

const browserCode = {
  meta: {
    type: 'problem',
    docs: { description: 'Browser code never imports server modules (docs/architecture.md).' },
    schema: [{ type: 'object', properties: { always: { type: 'boolean' } }, additionalProperties: false }],
    messages: { serverImport: 'Browser code must not import {{what}} ("{{source}}"): move the shared part to a module both sides may use (docs/architecture.md).' },
  },
  create(context) {
    const always = context.options[0]?.always === true;
    if (!always && !isClientFile(context.sourceCode.ast)) return {};
    return specifierVisitors((source) => {
      if (!source) return;
      const found = SERVER_ONLY.find(({ pattern }) => pattern.test(source.value));
      if (found) context.report({ node: source, messageId: 'serverImport', data: { what: found.what, source: source.value } });
    });
  },
};

const libNotApp = {
  meta: {
    type: 'problem',
    docs: { description: 'lib/ never imports app/ (docs/architecture.md).' },
    schema: [],
    messages: { appImport: 'lib/ must not import from app/ ("{{source}}"): move what both need into lib/.' },
  },
  create(context) {
    return specifierVisitors((source) => {
      if (source && /^(@\/app\/|(\.\.\/)+app\/)/.test(source.value)) context.report({ node: source, messageId: 'appImport', data: { source: source.value } });
    });
  },
};

const importBoundaries = { rules: { 'browser-code': browserCode, 'lib-not-app': libNotApp } };

export default importBoundaries;
