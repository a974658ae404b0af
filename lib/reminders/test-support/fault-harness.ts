import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import { and, count, inArray } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { getDb } from '@/lib/db/client';
import { startCountdown } from '@/lib/db/queries/countdowns';
import { stopReminders } from '@/lib/db/queries/reminder-stops';
import { databaseReminderStore } from '@/lib/db/queries/reminders';
import { reminders, users } from '@/lib/db/schema';
import { env } from '@/lib/env';
import { deliverReminder } from '../deliver';
import { LEASE_MS, sweepReminders, type ClaimedReminder, type Deliver, type ReminderStore } from '../sweep';

/*
 * Fault injection for the reminder send path (docs/reminders.md, "Fault
 * injection"), shared by lib/reminders/fault-injection.pg.test.ts and
 * `npm run bench:reminders -- --fault-crashes N`.
 *
 * Real parts: the database (whatever DATABASE_URL or DATA_DIR opens; sweeps
 * claim every due reminder in it, so it must hold no open reminders but the
 * run's own), the real databaseReminderStore, the real sweep, the real email
 * seam (deliverReminder and sendEmail, through SMTP_URL) and a real SMTP
 * server on a local port that records every message it accepts.
 *
 * Sweepers are simulated processes: the store and the deliver function are
 * wrapped per process. A crash marks the process dead and throws a Crash;
 * from then on every call the process makes throws Crash without touching
 * anything. What it leaves is what a dead process leaves: its claims as they
 * are; database statements it had already sent finish (PostgreSQL completes
 * a statement it has received even when the client is gone); the SMTP sends
 * it had under way lose their connection, so the sink drops each message it
 * has not accepted yet, and one it has accepted stays accepted, never marked.
 */

export type CrashPoint = 'before claim' | 'after claim' | 'during SMTP' | 'after accept before mark' | 'during mark';

export const CRASH_POINTS: readonly CrashPoint[] = ['before claim', 'after claim', 'during SMTP', 'after accept before mark', 'during mark'];

/** What a simulated sweeper process throws when it dies, and on every call after. */
export class Crash extends Error {
  constructor(readonly point: CrashPoint | 'dead process') {
    super(`Crash: ${point}`);
    this.name = 'Crash';
  }
}

/** A seeded PRNG (mulberry32): the same seed draws the same choices. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------
// The SMTP sink

export type AcceptedMessage = { messageId: string; to: string; at: number };

export type SmtpSink = {
  port: number;
  /** Every message the sink accepted (answered 250 to), in order; `at` is performance.now() when it decided to. */
  accepted: AcceptedMessage[];
  /**
   * Asked, once the Message-ID shows in DATA, at every further chunk and once
   * more before the sink accepts: true cuts the connection there, with no reply.
   * Told of each acceptance synchronously, before the 250 goes out.
   */
  hooks: { drop(messageId: string): boolean; accepted(messageId: string, at: number): void };
  close(): Promise<void>;
};

/** smtp-server on 127.0.0.1 (no TLS, no auth) recording each accepted message's Message-ID and time. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const sockets = new Map<number, Socket>();
  const sink: SmtpSink = {
    port: 0,
    accepted: [],
    hooks: { drop: () => false, accepted: () => undefined },
    close: async () => {
      // Pooled client connections stay open: end them rather than wait for smtp-server's close timeout.
      for (const socket of sockets.values()) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      let head = '';
      let messageId: string | undefined;
      let dropped = false;
      const dropHere = () => {
        if (!dropped && messageId && sink.hooks.drop(messageId)) {
          dropped = true;
          // Mid-DATA: no reply, the connection just ends.
          sockets.get(session.remotePort)?.destroy();
        }
        return dropped;
      };
      stream.on('error', () => undefined);
      stream.on('data', (chunk: Buffer) => {
        if (dropped) return;
        if (!messageId && head.length < 16_384) {
          head += chunk.toString('utf8');
          messageId = head.match(/^Message-ID:\s*(<[^>\s]+>)/im)?.[1];
        }
        dropHere();
      });
      stream.on('end', () => {
        if (dropHere()) return;
        const at = performance.now();
        const id = messageId ?? 'missing';
        sink.accepted.push({ messageId: id, to: session.envelope.rcptTo.map((rcpt) => rcpt.address).join(','), at });
        sink.hooks.accepted(id, at);
        callback();
      });
    },
  });
  server.server.on('connection', (socket: Socket) => {
    const port = socket.remotePort ?? 0;
    sockets.set(port, socket);
    socket.on('close', () => sockets.delete(port));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  sink.port = (server.server.address() as { port: number }).port;
  return sink;
}

/** SMTP_URL for the sink: pooled connections, as a deployment sending many reminders would configure. */
export const sinkUrl = (sink: SmtpSink, connections: number) => `smtp://127.0.0.1:${sink.port}/?pool=true&maxConnections=${connections}`;

// ---------------------------------------------------------------------------
// The run

export type StopMode = 'before the last check' | 'racing the last check' | 'during the send';

const STOP_MODES: readonly StopMode[] = ['before the last check', 'racing the last check', 'during the send'];

export type FaultRunOptions = {
  sink: SmtpSink;
  reminders: number;
  crashes: number;
  seed: number;
  sweepers?: number;
  /** Reminders per claim; small, so there are many claims to crash around. */
  batchSize?: number;
  /** Deliveries in flight per sweeper (the sweep's default is 8). */
  concurrency?: number;
  /** Share of countdowns stopped during the run. */
  stopShare?: number;
  /** When stops happen: all three moments unless narrowed (the test of the checks themselves does). */
  stopModes?: readonly StopMode[];
  /** The store under test: the real one unless a test of the checks passes a broken one. */
  store?: ReminderStore;
};

export type FaultRunReport = {
  seed: number;
  reminders: number;
  /** Reminders added at the end because every reminder was final with crashes still to inject (normally 0). */
  remindersAdded: number;
  countdowns: number;
  crashesPlanned: number;
  crashesFired: number;
  /** Planned per point, then fired per point. */
  planned: Record<CrashPoint, number>;
  crashes: Record<CrashPoint, number>;
  /** Sends of another worker of a crashed process: dropped mid-DATA, or accepted and never marked. */
  collateral: { dropped: number; acceptedUnmarked: number };
  /** Reminders that end `sent`. */
  sent: number;
  stoppedCountdowns: number;
  /** Reminders that end `stopped`. */
  stoppedReminders: number;
  stopsByMode: Record<StopMode, number>;
  messagesAccepted: number;
  /** Message-IDs the sink accepted more than once. */
  duplicates: number;
  extraCopies: number;
  maxCopies: number;
  /** Duplicated Message-IDs whose reminder had the injected "after accept before mark" crash. */
  duplicatesAfterInjectedCrash: number;
  /** Duplicated Message-IDs whose accepted send was lost when another worker of its process crashed. */
  duplicatesAfterProcessDeath: number;
  /** A message accepted after its reminder's stop committed, whose last check began after the stop committed too. Must be empty. */
  sentAfterStop: string[];
  /** Accepted after the stop committed, but its last check had begun before: allowed (docs/reminders.md, Guarantees). */
  landedAfterStopCheckedBefore: number;
  /** Not stopped and not `sent`, or stopped and neither `sent` nor `stopped`. Must be empty. */
  lost: string[];
  /** `sent` in the database, yet the sink never accepted it. Must be empty. */
  sentWithoutMessage: string[];
  /** More copies than crashes between the server's acceptance and markSent for that reminder. Must be empty. */
  unexplainedDuplicates: string[];
  /** Accepted messages whose Message-ID matched no send under way: a wrong id. Must be 0. */
  orphanMessages: number;
  /** Two sends of one reminder under way at once. Must be 0. */
  overlappingSends: number;
  /** Sends that failed without an injected crash (retried by the sweep). */
  sendErrors: string[];
  /** Errors other than Crash from the real store, the sweep or a stop. Must be empty. */
  unexpectedErrors: string[];
  rounds: number;
  sweeperRuns: number;
  seconds: number;
};

type Process = { id: number; dead: boolean };

type Attempt = {
  reminderId: string;
  countdownId: string;
  messageId: string;
  process: Process;
  /** The injected crash this send died at, if it did. */
  crashed: CrashPoint | undefined;
  checkStartedAt: number;
  smtpDecided: boolean;
  acceptedAt: number | undefined;
  dropped: boolean;
  markCalled: boolean;
};

const KINDS = ['deletion-7-days', 'deletion-1-day', 'deletion-final'] as const;

async function inParallel<T>(items: readonly T[], width: number, run: (item: T, index: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      for (let index = next++; index < items.length; index = next++) await run(items[index]!, index);
    }),
  );
}

/**
 * Creates `reminders` due reminders (countdowns of three, through the real
 * startCountdown), then runs `sweepers` simulated sweeper processes round
 * after round, injecting `crashes` crashes at the five points of the send
 * path and stopping some countdowns, until every reminder is final. The
 * sweep's clock is virtual: each round is one lease (plus a second) later,
 * so what a crashed process left behind is claimed again in the next round.
 */
export async function runFaultInjection(options: FaultRunOptions): Promise<FaultRunReport> {
  const { sink, seed, sweepers = 2, batchSize = 10, concurrency = 8, stopShare = 0.1, stopModes = STOP_MODES } = options;
  const store = options.store ?? databaseReminderStore;
  const random = seededRandom(seed);
  const startedAt = performance.now();
  const db = await getDb();
  const host = new URL(env().APP_URL).hostname;
  const messageIdOf = (reminderId: string) => `<reminder-${reminderId}@${host}>`;
  const t0 = Date.now();
  const roundTime = (round: number) => new Date(t0 + round * (LEASE_MS + 1000));

  // This run's countdowns and reminders (the database may hold an earlier run's, all final).
  const countdownIds: string[] = [];
  const countdownOf = new Map<string, string>();
  const reminderIdsOf = new Map<string, string[]>();
  const ours = () => inArray(reminders.countdownId, countdownIds);

  /** People with one countdown of up to three reminders each, due a few minutes before `due`, through the real startCountdown. */
  async function addReminders(total: number, due: Date) {
    const people: string[] = [];
    const countdowns = Math.ceil(total / 3);
    for (let offset = 0; offset < countdowns; offset += 500) {
      const created = await db
        .insert(users)
        .values(Array.from({ length: Math.min(500, countdowns - offset) }, (_, index) => ({ email: `fault-${offset + index}-${randomUUID()}@example.test` })))
        .returning({ id: users.id });
      people.push(...created.map((row) => row.id));
    }
    const added: string[] = [];
    await inParallel(people, 8, async (userId, index) => {
      const { id } = await startCountdown({
        userId,
        platform: 'tiktok',
        requestedOn: '2026-11-01',
        finalOn: '2026-12-01',
        timeZone: 'UTC',
        schedule: KINDS.slice(0, Math.min(3, total - 3 * index)).map((kind, k) => ({ kind, dueAt: new Date(due.getTime() - (3 - k) * 60_000 - index) })),
      });
      added.push(id);
    });
    countdownIds.push(...added);
    const rows = await db.select({ id: reminders.id, countdownId: reminders.countdownId }).from(reminders).where(inArray(reminders.countdownId, added));
    for (const row of rows) {
      countdownOf.set(row.id, row.countdownId!);
      reminderIdsOf.set(row.countdownId!, [...(reminderIdsOf.get(row.countdownId!) ?? []), row.id]);
    }
  }
  await addReminders(options.reminders, roundTime(0));
  const countdownCount = countdownIds.length;
  const acceptedBefore = sink.accepted.length;

  const countOpen = async () => {
    const [row] = await db.select({ open: count() }).from(reminders).where(and(ours(), inArray(reminders.status, ['pending', 'sending'])));
    return Number(row?.open ?? 0);
  };

  // The crash budget: an even share per point, the remainder to points drawn at random.
  const budget = Object.fromEntries(CRASH_POINTS.map((point) => [point, Math.floor(options.crashes / CRASH_POINTS.length)])) as Record<CrashPoint, number>;
  for (const point of [...CRASH_POINTS].sort(() => random() - 0.5).slice(0, options.crashes % CRASH_POINTS.length)) budget[point] += 1;
  const planned = { ...budget };
  const fired = Object.fromEntries(CRASH_POINTS.map((point) => [point, 0])) as Record<CrashPoint, number>;
  const budgetLeft = () => CRASH_POINTS.reduce((sum, point) => sum + budget[point], 0);

  /** Reminders not final yet, as far as this run knows: exact at each round's start, kept up to date within it. */
  let open = options.reminders;
  const markedSent = new Set<string>();

  /**
   * Whether to crash at this point, now. Each send point is reached about once per open
   * reminder still to come, and a claim point once per batch plus once per restart after a
   * crash: the chance is what is left at the point over that ("during mark" twice that: it
   * ends the reminder it crashes on, so it must not be left for the last few). At the end,
   * once as many crashes are left as reminders are open, or once every open reminder could
   * be in flight at the same time, every point crashes while it has crashes left: no send
   * gets past a point with crashes left, so the budget is spent before the last reminder
   * is sent.
   */
  function crashHere(point: CrashPoint, process: Process): boolean {
    if (budget[point] === 0 || process.dead) return false;
    const openNow = Math.max(1, open);
    const tail = budgetLeft() >= openNow || openNow <= concurrency * sweepers;
    const opportunities =
      point === 'before claim' || point === 'after claim' ? Math.ceil(openNow / batchSize) + budgetLeft() : point === 'during mark' ? openNow / 2 : openNow;
    const now = tail || random() < budget[point] / opportunities;
    if (now) budget[point] -= 1;
    return now;
  }

  // Stops, by the recipient: not part of any sweeper process, so crashes do not touch them.
  let stopBudget = Math.round(countdownCount * stopShare);
  const stopping = new Set<string>();
  const stops = new Map<string, { committedAt: number; mode: StopMode }>();
  const stopsByMode: Record<StopMode, number> = { 'before the last check': 0, 'racing the last check': 0, 'during the send': 0 };
  let stopsUnderWay: Promise<void>[] = [];
  const unexpectedErrors: string[] = [];
  const recorded = new WeakSet<object>();
  const unexpected = (error: unknown) => {
    if (typeof error === 'object' && error !== null) {
      if (recorded.has(error)) return;
      recorded.add(error);
    }
    unexpectedErrors.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  };

  /** Some reminders' countdowns are stopped, spread over the run; none near the end, where the last crashes need reminders to crash on. */
  function stopDecision(countdownId: string): StopMode | undefined {
    if (stopBudget <= 0 || stopping.has(countdownId) || 1.5 * budgetLeft() >= open) return undefined;
    if (random() >= (3 * stopBudget) / Math.max(1, open)) return undefined;
    return stopModes[Math.floor(random() * stopModes.length)];
  }

  function stop(countdownId: string, mode: StopMode): Promise<void> {
    stopBudget -= 1;
    stopping.add(countdownId);
    stopsByMode[mode] += 1;
    const done = stopReminders({ target: { kind: 'countdown', countdownId } }).then(
      () => {
        // Resolved: the stop's transaction has committed.
        stops.set(countdownId, { committedAt: performance.now(), mode });
        open -= (reminderIdsOf.get(countdownId) ?? []).filter((id) => !markedSent.has(id)).length;
      },
      (error: unknown) => unexpected(error),
    );
    stopsUnderWay.push(done);
    return done;
  }

  // Sends under way, by Message-ID (one at most per reminder), for the sink's hooks.
  const sending = new Map<string, Attempt>();
  const attempts: Attempt[] = [];
  const acceptances: { messageId: string; at: number; attempt: Attempt | undefined }[] = [];
  const checks = new Map<string, number>();
  const awaitingMark = new Map<string, Attempt>();
  const stopDuringSend = new Set<string>();
  const sendErrors: string[] = [];
  let overlappingSends = 0;

  function die(process: Process, point: CrashPoint, attempt?: Attempt) {
    if (process.dead) {
      // Another worker's crash came first: this one never happened.
      budget[point] += 1;
      return;
    }
    process.dead = true;
    fired[point] += 1;
    if (attempt) attempt.crashed = point;
  }

  sink.hooks = {
    drop(messageId) {
      const attempt = sending.get(messageId);
      if (!attempt) return false;
      // Its process is dead: the connection went with it.
      if (attempt.process.dead) {
        attempt.dropped = true;
        return true;
      }
      if (!attempt.smtpDecided) {
        attempt.smtpDecided = true;
        if (crashHere('during SMTP', attempt.process)) {
          attempt.dropped = true;
          die(attempt.process, 'during SMTP', attempt);
          return true;
        }
      }
      return false;
    },
    accepted(messageId, at) {
      const attempt = sending.get(messageId);
      acceptances.push({ messageId, at, attempt });
      if (attempt) attempt.acceptedAt = at;
    },
  };

  /** A call into the real store: anything but a Crash thrown from there is a finding. */
  async function real<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      unexpected(error);
      throw error;
    }
  }

  function storeFor(process: Process): ReminderStore {
    const alive = () => {
      if (process.dead) throw new Crash('dead process');
    };
    const crash = (point: CrashPoint, attempt?: Attempt): never => {
      die(process, point, attempt);
      throw new Crash(point);
    };
    return {
      async claimDue(claim) {
        alive();
        if (crashHere('before claim', process)) crash('before claim');
        const claimed = await real(() => store.claimDue(claim));
        alive();
        // The claims are written; the process dies before it sees them.
        if (claimed.length > 0 && crashHere('after claim', process)) crash('after claim');
        return claimed;
      },
      async confirmClaim(claim) {
        alive();
        const countdownId = countdownOf.get(claim.id);
        const mode = countdownId ? stopDecision(countdownId) : undefined;
        if (countdownId && mode === 'before the last check') await stop(countdownId, mode);
        if (countdownId && mode === 'racing the last check') void stop(countdownId, mode);
        if (mode === 'during the send') stopDuringSend.add(claim.claimToken);
        alive();
        const checkStartedAt = performance.now();
        const current = await real(() => store.confirmClaim(claim));
        checks.set(claim.claimToken, checkStartedAt);
        alive();
        return current;
      },
      async markSent(claim) {
        const attempt = awaitingMark.get(claim.claimToken);
        awaitingMark.delete(claim.claimToken);
        // Dead by now (another worker crashed): the message was accepted and the row is never marked.
        alive();
        if (attempt) attempt.markCalled = true;
        // "During mark": the process dies as soon as its UPDATE is on its way; the server runs
        // and commits it all the same, and nobody reads the answer.
        const crashing = crashHere('during mark', process);
        if (crashing) die(process, 'during mark', attempt);
        const marked = await real(() => store.markSent(claim));
        if (marked && !markedSent.has(claim.id)) {
          markedSent.add(claim.id);
          if (!stops.has(countdownOf.get(claim.id) ?? '')) open -= 1;
        }
        if (crashing) throw new Crash('during mark');
        alive();
        return marked;
      },
      async markFailed(claim) {
        alive();
        return real(() => store.markFailed(claim));
      },
    };
  }

  function deliverFor(process: Process): Deliver {
    return async (reminder: ClaimedReminder) => {
      if (process.dead) throw new Crash('dead process');
      const messageId = messageIdOf(reminder.id);
      const countdownId = reminder.countdownId ?? '';
      const attempt: Attempt = {
        reminderId: reminder.id,
        countdownId,
        messageId,
        process,
        crashed: undefined,
        checkStartedAt: checks.get(reminder.claimToken) ?? Number.NaN,
        smtpDecided: false,
        acceptedAt: undefined,
        dropped: false,
        markCalled: false,
      };
      if (sending.has(messageId)) overlappingSends += 1;
      sending.set(messageId, attempt);
      attempts.push(attempt);
      if (stopDuringSend.delete(reminder.claimToken) && countdownId) void stop(countdownId, 'during the send');
      try {
        await deliverReminder(reminder);
      } catch (error) {
        if (process.dead) throw new Crash('dead process');
        sendErrors.push(error instanceof Error ? error.message : String(error));
        throw error;
      } finally {
        if (sending.get(messageId) === attempt) sending.delete(messageId);
      }
      // Accepted, and the process died meanwhile (another of its workers crashed): never marked.
      if (process.dead) throw new Crash('dead process');
      if (crashHere('after accept before mark', process)) {
        die(process, 'after accept before mark', attempt);
        throw new Crash('after accept before mark');
      }
      awaitingMark.set(reminder.claimToken, attempt);
    };
  }

  // Rounds: every sweeper sweeps at the round's time, restarted after each crash, until
  // nothing more is due at that time; then the clock moves one lease on.
  let rounds = 0;
  let sweeperRuns = 0;
  let processes = 0;
  let remindersAdded = 0;
  const maxRounds = 50 + 4 * options.crashes;
  for (;;) {
    open = await countOpen();
    if (open === 0 && budgetLeft() > 0 && remindersAdded < options.crashes) {
      // Every reminder is final with crashes left to inject (the other sweeper sent the last
      // ones meanwhile): a few more reminders to crash on, counted in the report.
      await addReminders(3, roundTime(rounds));
      remindersAdded += 3;
      open = await countOpen();
    }
    if (open === 0) break;
    if (rounds >= maxRounds) {
      unexpectedErrors.push(`still ${open} open reminders after ${rounds} rounds`);
      break;
    }
    const now = roundTime(rounds);
    await Promise.all(
      Array.from({ length: sweepers }, async () => {
        for (;;) {
          const process: Process = { id: (processes += 1), dead: false };
          sweeperRuns += 1;
          try {
            await sweepReminders({ now: () => now, store: storeFor(process), deliver: deliverFor(process), batchSize, concurrency });
            return;
          } catch (error) {
            if (!(error instanceof Crash)) {
              unexpected(error);
              return;
            }
          }
        }
      }),
    );
    await Promise.all(stopsUnderWay);
    stopsUnderWay = [];
    rounds += 1;
  }

  // What the database and the sink say.
  const rows = await db.select({ id: reminders.id, countdownId: reminders.countdownId, status: reminders.status }).from(reminders).where(ours());
  const received = sink.accepted.slice(acceptedBefore);
  const copies = new Map<string, number>();
  for (const message of received) copies.set(message.messageId, (copies.get(message.messageId) ?? 0) + 1);
  const lost: string[] = [];
  const sentWithoutMessage: string[] = [];
  for (const row of rows) {
    const stopped = stops.has(row.countdownId ?? '');
    if (!stopped && row.status !== 'sent') lost.push(`${row.id}: ${row.status}, not stopped`);
    if (stopped && row.status !== 'sent' && row.status !== 'stopped') lost.push(`${row.id}: ${row.status} after a stop`);
    if (row.status === 'sent' && !copies.has(messageIdOf(row.id))) sentWithoutMessage.push(row.id);
  }

  // The one window: accepted by the server, then its process died before markSent ran.
  const inWindow = (attempt: Attempt) => attempt.acceptedAt !== undefined && !attempt.markCalled;
  const unexplainedDuplicates: string[] = [];
  let duplicatesAfterInjectedCrash = 0;
  let duplicatesAfterProcessDeath = 0;
  for (const [messageId, times] of copies) {
    if (times < 2) continue;
    const window = attempts.filter((attempt) => attempt.messageId === messageId && inWindow(attempt));
    if (window.length < times - 1) unexplainedDuplicates.push(`${messageId}: ${times} copies, ${window.length} crash(es) between acceptance and mark`);
    else if (window.some((attempt) => attempt.crashed === 'after accept before mark')) duplicatesAfterInjectedCrash += 1;
    else duplicatesAfterProcessDeath += 1;
  }

  const sentAfterStop: string[] = [];
  let landedAfterStopCheckedBefore = 0;
  for (const { messageId, at, attempt } of acceptances) {
    const stopped = attempt && stops.get(attempt.countdownId);
    if (!attempt || !stopped || at <= stopped.committedAt) continue;
    if (attempt.checkStartedAt > stopped.committedAt) {
      sentAfterStop.push(`${messageId}: last check ${(attempt.checkStartedAt - stopped.committedAt).toFixed(1)} ms after the stop (${stopped.mode})`);
    } else {
      landedAfterStopCheckedBefore += 1;
    }
  }

  const all = [...copies.values()];
  return {
    seed,
    reminders: rows.length,
    remindersAdded,
    countdowns: countdownIds.length,
    crashesPlanned: options.crashes,
    crashesFired: CRASH_POINTS.reduce((sum, point) => sum + fired[point], 0),
    planned,
    crashes: fired,
    collateral: {
      dropped: attempts.filter((attempt) => attempt.dropped && attempt.crashed !== 'during SMTP').length,
      acceptedUnmarked: attempts.filter((attempt) => inWindow(attempt) && attempt.crashed !== 'after accept before mark').length,
    },
    sent: rows.filter((row) => row.status === 'sent').length,
    stoppedCountdowns: stops.size,
    stoppedReminders: rows.filter((row) => row.status === 'stopped').length,
    stopsByMode,
    messagesAccepted: received.length,
    duplicates: all.filter((times) => times > 1).length,
    extraCopies: all.reduce((sum, times) => sum + Math.max(0, times - 1), 0),
    maxCopies: all.reduce((max, times) => Math.max(max, times), 0),
    duplicatesAfterInjectedCrash,
    duplicatesAfterProcessDeath,
    sentAfterStop,
    landedAfterStopCheckedBefore,
    lost,
    sentWithoutMessage,
    unexplainedDuplicates,
    orphanMessages: acceptances.filter((acceptance) => !acceptance.attempt).length,
    overlappingSends,
    sendErrors,
    unexpectedErrors,
    rounds,
    sweeperRuns,
    seconds: (performance.now() - startedAt) / 1000,
  };
}

/** One line of counts, for the test output and the bench. */
export function formatFaultReport(report: FaultRunReport): string {
  const crashes = CRASH_POINTS.map((point) => `${point} ${report.crashes[point]}`).join(', ');
  const added = report.remindersAdded > 0 ? ` (${report.remindersAdded} added at the end to spend the last crashes)` : '';
  return [
    `fault injection (seed ${report.seed}):`,
    `${report.reminders} reminders${added} in ${report.countdowns} countdowns;`,
    `${report.crashesFired} crashes (${crashes});`,
    `other sends of a crashed process: ${report.collateral.dropped} dropped mid-DATA, ${report.collateral.acceptedUnmarked} accepted and never marked;`,
    `${report.sent} sent, ${report.stoppedReminders} stopped (${report.stoppedCountdowns} countdowns), ${report.lost.length} lost;`,
    `${report.messagesAccepted} messages accepted, ${report.duplicates} duplicates (${report.duplicatesAfterInjectedCrash} after an injected crash, ${report.duplicatesAfterProcessDeath} after their process died; ${report.extraCopies} extra copies, max copies ${report.maxCopies}, ${report.unexplainedDuplicates.length} unexplained);`,
    `${report.sentAfterStop.length} sent after a stop, ${report.landedAfterStopCheckedBefore} landed after a stop whose last check came first;`,
    `${report.sendErrors.length} send errors; ${report.rounds} rounds, ${report.sweeperRuns} sweeper runs, ${report.seconds.toFixed(1)} s`,
  ].join(' ');
}
