// The version-1 reader, where lib/validation/plain-checks.test.ts (another owner's folder) still looks for it;
// countdowns themselves live in this browser's record (lib/browser-data/record.ts).
export { readCountdownsV1 as readLocalCountdowns } from '@/lib/browser-data/legacy';
