// One place that knows how to undo what the scripts started (servers, Chrome,
// temporary directories), so Ctrl-C, a crash and a normal finish all leave the
// machine as they found it.
/** @typedef {() => unknown} CleanupTask */

/** @type {CleanupTask[]} */
const tasks = [];
/** @type {Set<() => void>} */
const lastResortKills = new Set();

/**
 * Registers an async undo step; steps run newest first. Returns a function that unregisters it.
 * @param {CleanupTask} task
 * @returns {() => void}
 */
export function onCleanup(task) {
  tasks.push(task);
  return () => {
    const index = tasks.indexOf(task);
    if (index !== -1) tasks.splice(index, 1);
  };
}

/**
 * Registers a synchronous kill for when the process exits before the async
 * cleanup could run (process.exit() elsewhere, say): 'exit' handlers cannot wait.
 * @param {() => void} kill
 * @returns {() => void}
 */
export function onExitKill(kill) {
  lastResortKills.add(kill);
  return () => lastResortKills.delete(kill);
}

/** @type {Promise<void> | null} */
let cleaning = null;
/** @type {number | null} */
let stopSignal = null;
// What the stop-signal message says is being undone; runMain's caller may say it better.
let stoppingWhat = 'stopping servers and Chrome';

/** True once Ctrl-C (or another stop signal) arrived: long loops should stop starting work. */
export const isStopping = () => stopSignal !== null;

/**
 * Runs every undo step once; a second caller (signal during a normal finish) waits for the same run.
 * @returns {Promise<void>}
 */
export function cleanup() {
  cleaning ??= (async () => {
    let task;
    while ((task = tasks.pop()) !== undefined) {
      try {
        await task();
      } catch (error) {
        console.error('[cleanup]', error instanceof Error ? error.message : error);
      }
    }
  })();
  return cleaning;
}

process.on('exit', () => {
  for (const kill of lastResortKills) {
    try {
      kill();
    } catch {
      // Already gone.
    }
  }
});

const signalNumbers = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };
for (const [signal, number] of Object.entries(signalNumbers)) {
  process.once(signal, () => {
    stopSignal = 128 + number;
    console.error(`\n${signal}: ${stoppingWhat}…`);
    void cleanup().finally(() => process.exit(stopSignal));
  });
}

/**
 * Runs main, always cleans up, and turns a thrown error into exit code 1.
 * `stopping` is what a stop signal's message says is being undone.
 * @param {() => Promise<number | undefined>} main
 * @param {{ stopping?: string }} [options]
 * @returns {Promise<void>}
 */
export async function runMain(main, { stopping } = {}) {
  if (stopping) stoppingWhat = stopping;
  let code = 0;
  try {
    code = (await main()) ?? 0;
  } catch (error) {
    // After Ctrl-C, errors are only the echo of Chrome and the servers going away.
    if (!isStopping()) console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    code = 1;
  } finally {
    await cleanup();
  }
  process.exit(stopSignal ?? code);
}
