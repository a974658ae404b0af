import 'server-only';
import { and, desc, eq, gte, isNotNull, lt, type SQL } from 'drizzle-orm';
import { getDb } from '../client';
import { problemReports } from '../schema';

export type ProblemReport = typeof problemReports.$inferSelect;

export type NewProblemReport = {
  platform: string;
  step: string;
  locale: string;
  contentDate: string;
  pagePath: string;
  message: string;
  replyEmail: string | null;
};

/** Stores one report and returns it as stored (its id and arrival time included). */
export async function insertProblemReport(report: NewProblemReport, now: Date = new Date()): Promise<ProblemReport> {
  const db = await getDb();
  // Fields picked by name: whatever else a caller's object carries never reaches the row.
  const { platform, step, locale, contentDate, pagePath, message, replyEmail } = report;
  const [row] = await db
    .insert(problemReports)
    .values({ platform, step, locale, contentDate, pagePath, message, replyEmail, createdAt: now })
    .returning();
  if (!row) throw new Error('The problem report was not stored: no row came back.');
  return row;
}

/** How long a problem report keeps the address its sender gave for a reply. */
export const REPLY_EMAIL_RETENTION_DAYS = 90;

/** The most `listProblemReports` returns when no limit is given. */
export const DEFAULT_REPORT_LIST_LIMIT = 50;

/** Newest first; `since` keeps reports that arrived at or after it. */
export async function listProblemReports({
  platform,
  since,
  limit = DEFAULT_REPORT_LIST_LIMIT,
}: { platform?: string; since?: Date; limit?: number } = {}): Promise<ProblemReport[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`The limit must be a whole number above 0 (it is ${limit}).`);
  const conditions: SQL[] = [];
  if (platform !== undefined) conditions.push(eq(problemReports.platform, platform));
  if (since !== undefined) conditions.push(gte(problemReports.createdAt, since));
  const db = await getDb();
  return db
    .select()
    .from(problemReports)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    // The id breaks ties between reports of one instant, so a listing's order is stable.
    .orderBy(desc(problemReports.createdAt), desc(problemReports.id))
    .limit(limit);
}

/**
 * Forgets the reply address of reports that arrived before `before`. A report
 * is answered within weeks or not at all, and an address kept for ever is a
 * person's data held for no purpose; the report itself stays, for the content.
 */
export async function forgetOldReplyEmails({ before }: { before: Date }): Promise<number> {
  const db = await getDb();
  const forgotten = await db
    .update(problemReports)
    .set({ replyEmail: null })
    .where(and(isNotNull(problemReports.replyEmail), lt(problemReports.createdAt, before)))
    .returning({ id: problemReports.id });
  return forgotten.length;
}
