import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { LOCALES } from '../content/locales';

/*
 * One schema for both drivers (PGlite and node-postgres). The four Auth.js
 * tables keep the property names @auth/drizzle-adapter expects; the columns
 * underneath are snake_case like ours.
 */

export const users = pgTable('users', {
  id: text('id')
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  name: text('name'),
  email: text('email').unique(),
  emailVerified: timestamp('email_verified', { mode: 'date', withTimezone: true }),
  image: text('image'),
  createdAt: timestamp('created_at', { mode: 'date', withTimezone: true }).notNull().defaultNow(),
});

export const accounts = pgTable(
  'accounts',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text('type').$type<'email' | 'oauth' | 'oidc' | 'webauthn'>().notNull(),
    provider: text('provider').notNull(),
    providerAccountId: text('provider_account_id').notNull(),
    refresh_token: text('refresh_token'),
    access_token: text('access_token'),
    expires_at: integer('expires_at'),
    token_type: text('token_type'),
    scope: text('scope'),
    id_token: text('id_token'),
    session_state: text('session_state'),
  },
  (table) => [
    primaryKey({ columns: [table.provider, table.providerAccountId] }),
    // Deleting a person cascades through this column.
    index('accounts_user_id_idx').on(table.userId),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    sessionToken: text('session_token').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expires: timestamp('expires', { mode: 'date', withTimezone: true }).notNull(),
  },
  (table) => [index('sessions_user_id_idx').on(table.userId)],
);

export const verificationTokens = pgTable(
  'verification_tokens',
  {
    identifier: text('identifier').notNull(),
    token: text('token').notNull(),
    expires: timestamp('expires', { mode: 'date', withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.identifier, table.token] })],
);

/** One row per (person, platform, step). `todo` rows are kept: they record an Undo for merging. */
export const progress = pgTable(
  'progress',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    platform: text('platform').notNull(),
    step: text('step').notNull(),
    status: text('status', { enum: ['todo', 'done', 'skipped'] }).notNull(),
    updatedAt: timestamp('updated_at', { mode: 'date', withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.platform, table.step] })],
);

/** The path (lock down or leave) a person chose on each platform. */
export const platformChoices = pgTable(
  'platform_choices',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    platform: text('platform').notNull(),
    flow: text('flow', { enum: ['lock-down', 'leave'] }).notNull(),
    updatedAt: timestamp('updated_at', { mode: 'date', withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.platform] })],
);

export const bookmarks = pgTable(
  'bookmarks',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    platform: text('platform').notNull(),
    createdAt: timestamp('created_at', { mode: 'date', withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.platform] })],
);

/** Fixed-window counters for abuse limits (sign-in mail per address and per client). */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStartedAt: timestamp('window_started_at', { mode: 'date', withTimezone: true }).notNull(),
  hits: integer('hits').notNull(),
});

/**
 * A deletion countdown: the person asked the platform to delete their account
 * on `requestedOn`; it becomes permanent on `finalOn`. One active countdown
 * per person and platform.
 */
export const countdowns = pgTable(
  'countdowns',
  {
    id: text('id')
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    platform: text('platform').notNull(),
    requestedOn: date('requested_on', { mode: 'string' }).notNull(),
    finalOn: date('final_on', { mode: 'string' }).notNull(),
    /** The person's IANA time zone: reminders arrive at 09:00 their time. */
    timeZone: text('time_zone').notNull(),
    status: text('status', { enum: ['active', 'cancelled'] }).notNull().default('active'),
    remindersStopped: timestamp('reminders_stopped_at', { mode: 'date', withTimezone: true }),
    createdAt: timestamp('created_at', { mode: 'date', withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp('cancelled_at', { mode: 'date', withTimezone: true }),
  },
  (table) => [
    uniqueIndex('countdowns_one_active_per_platform').on(table.userId, table.platform).where(sql`${table.status} = 'active'`),
  ],
);

/** Where a reminder is in its life; docs/reminders.md has every transition. */
export const REMINDER_STATUSES = ['pending', 'sending', 'sent', 'cancelled', 'stopped', 'failed'] as const;

/**
 * One email to send at `dueAt`. The sweep claims due rows (FOR UPDATE SKIP
 * LOCKED) with a lease and a fresh `claimToken`; only the holder of the
 * current token can record the outcome. A row whose lease ran out (the sender
 * crashed) is claimed again under a new token, so the old sender's late
 * writes change nothing. `cancelled` and `stopped` are final and win over a
 * claim in progress.
 */
export const reminders = pgTable(
  'reminders',
  {
    id: text('id')
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    countdownId: text('countdown_id').references(() => countdowns.id, { onDelete: 'cascade' }),
    platform: text('platform').notNull(),
    kind: text('kind', { enum: ['deletion-7-days', 'deletion-1-day', 'deletion-final', 'data-file-1-day'] }).notNull(),
    /** For data-file reminders: the day the file became ready. */
    readyOn: date('ready_on', { mode: 'string' }),
    /**
     * The language the email is written in: the page's when the countdown or
     * data-file reminder was set up, changed for every open reminder from
     * /account ("Email language"). Rows from before it existed are English.
     */
    locale: text('locale', { enum: LOCALES }).notNull().default('en'),
    dueAt: timestamp('due_at', { mode: 'date', withTimezone: true }).notNull(),
    status: text('status', { enum: REMINDER_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { mode: 'date', withTimezone: true }).notNull(),
    leaseUntil: timestamp('lease_until', { mode: 'date', withTimezone: true }),
    /** Set afresh by every claim, cleared when the claim ends: the fencing token. */
    claimToken: text('claim_token'),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { mode: 'date', withTimezone: true }),
  },
  (table) => [
    index('reminders_due_idx').on(table.status, table.nextAttemptAt),
    index('reminders_countdown_idx').on(table.countdownId),
    // One data-file reminder in flight per person and platform, whatever races to schedule it.
    uniqueIndex('reminders_one_open_data_file')
      .on(table.userId, table.platform)
      .where(sql`${table.kind} = 'data-file-1-day' and ${table.status} in ('pending', 'sending')`),
  ],
);

/**
 * "Report a problem with this step": what a reader says is wrong with a step.
 * `contentDate` is the step's lastVerified when the report arrived (from the
 * content on the server, never from the request), so a report can be matched
 * to the words it was about. Nothing links a report to an account; the only
 * personal data is `replyEmail`, given by choice for an answer.
 */
export const problemReports = pgTable(
  'problem_reports',
  {
    id: text('id')
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    platform: text('platform').notNull(),
    step: text('step').notNull(),
    /** The language of the page the report was sent from. */
    locale: text('locale').notNull(),
    contentDate: date('content_date', { mode: 'string' }).notNull(),
    /** The step page's path, as it was when the report arrived. */
    pagePath: text('page_path').notNull(),
    message: text('message').notNull(),
    replyEmail: text('reply_email'),
    createdAt: timestamp('created_at', { mode: 'date', withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // `npm run reports` lists newest first, optionally for one platform.
    index('problem_reports_created_at_idx').on(table.createdAt),
    index('problem_reports_platform_idx').on(table.platform, table.createdAt),
  ],
);
