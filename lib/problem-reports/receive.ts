import 'server-only';
import { getPlatform, getStep } from '@/lib/content';
import { insertProblemReport, type ProblemReport } from '@/lib/db/queries/problem-reports';
import { problemReportEmail } from '@/lib/email/problem-report-email';
import { sendEmail } from '@/lib/email/send';
import { env } from '@/lib/env';
import { loggableError } from '@/lib/http/error-log';
import { enforceRateLimit } from '@/lib/rate-limit/policies';
import type { ValidProblemReport } from '@/lib/validation/problem-report';

/** The one bucket every client shares for the site-wide cap. */
const EVERYONE = 'everyone';

/**
 * Counts one report against the client's limit, then the site's. A client
 * already over its own limit is refused before it can use up everyone's.
 */
export async function takeReportAllowance(client: string): Promise<void> {
  await enforceRateLimit('reportsPerClient', client);
  await enforceRateLimit('reportsOverall', EVERYONE);
}

/** Stores the report: once this returns, nothing that happens to the email can lose it. */
export async function storeProblemReport(report: ValidProblemReport): Promise<ProblemReport> {
  const { platform, step, locale, contentDate, pagePath, message, replyEmail } = report;
  return insertProblemReport({ platform, step, locale, contentDate, pagePath, message, replyEmail });
}

export type ReportMailOutcome = 'sent' | 'not-configured' | 'failed';

/**
 * Emails a stored report to REPORTS_TO, when set. Never throws: the report is
 * already stored, and a mail server that is down must not turn into an error
 * for the reader. The log line says which report, never what it says.
 */
export async function emailProblemReport(report: ProblemReport): Promise<ReportMailOutcome> {
  const { REPORTS_TO, APP_URL } = env();
  if (!REPORTS_TO) return 'not-configured';
  try {
    const platform = getPlatform(report.platform);
    const step = platform && getStep(platform, report.step);
    await sendEmail(
      problemReportEmail({
        report,
        to: REPORTS_TO,
        platformName: platform?.name ?? report.platform,
        stepTitle: step?.title ?? report.step,
        appUrl: APP_URL,
      }),
    );
    return 'sent';
  } catch (error) {
    console.error(`Emailing problem report ${report.id} failed (it is stored; npm run reports lists it): ${loggableError(error)}`);
    return 'failed';
  }
}
