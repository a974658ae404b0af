// npm run bench:rate-limit
//
// What one hit on the in-memory rate-limit counter (the embedded database's)
// costs once it holds many keys, as an attacker rotating addresses would make
// it: the average over 200,000 hits with new keys, and with keys it holds.
// The counter used to rescan every key on each hit past 10,000 keys
// (0.29 ms a hit at 10k, 1.3 ms at 100k).
import { performance } from 'node:perf_hooks';
import { createMemoryCounter } from '@/lib/rate-limit/memory-counter';

const HITS = 200_000;
const WINDOW_MS = 60_000;

function microsecondsPerHit(run: () => void): number {
  const started = performance.now();
  run();
  return ((performance.now() - started) * 1000) / HITS;
}

console.log('keys held | new keys µs/hit | held keys µs/hit | keys kept after');
for (const held of [10_000, 100_000, 250_000]) {
  const counter = createMemoryCounter();
  const now = new Date('2026-12-01T10:00:00Z');
  for (let key = 0; key < held; key++) counter.hit({ key: `held-${key}`, limit: 60, windowMs: WINDOW_MS, now });
  const fresh = microsecondsPerHit(() => {
    for (let hit = 0; hit < HITS; hit++) counter.hit({ key: `new-${held}-${hit}`, limit: 60, windowMs: WINDOW_MS, now });
  });
  const again = microsecondsPerHit(() => {
    for (let hit = 0; hit < HITS; hit++) counter.hit({ key: `new-${held}-${hit % 50_000}`, limit: 60, windowMs: WINDOW_MS, now });
  });
  console.log(`${String(held).padStart(9)} | ${fresh.toFixed(2).padStart(15)} | ${again.toFixed(2).padStart(16)} | ${counter.size}`);
}
