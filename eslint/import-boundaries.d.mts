import type { Rule } from 'eslint';

/** The lint rules of import-boundaries.mjs, typed for their tests. */
declare const importBoundaries: { rules: { 'browser-code': Rule.RuleModule; 'lib-not-app': Rule.RuleModule } };
export default importBoundaries;
