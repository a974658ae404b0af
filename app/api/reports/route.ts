import { after } from 'next/server';
import { z } from 'zod';
import { clientAddress } from '@/lib/auth/client-address';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { loggableError } from '@/lib/http/error-log';
import { handle, json, readForm, readJson } from '@/lib/http/handler';
import { emailProblemReport, storeProblemReport, takeReportAllowance } from '@/lib/problem-reports/receive';
import { problemReportSchema, reportedStepPath, type ValidProblemReport } from '@/lib/validation/problem-report';

/*
 * POST /api/reports: "Report a problem with this step". The step page's
 * script sends JSON and shows the answer in place; without a script the form
 * posts itself here and is sent back to the step page, whose address then
 * says how it went (#report-sent and the like, shown by CSS alone: the page
 * is prerendered and reads no query).
 */

export const dynamic = 'force-dynamic';

const FORM_TYPE = 'application/x-www-form-urlencoded';

/** Limits first, then the row; the email goes out after the answer, so a slow or broken mail server costs the reader nothing. */
async function receive(report: ValidProblemReport, headers: Headers): Promise<void> {
  await takeReportAllowance(clientAddress(headers));
  const stored = await storeProblemReport(report);
  after(() => emailProblemReport(stored));
}

async function fromScript(request: Request): Promise<Response> {
  const report = await readJson(request, problemReportSchema);
  await receive(report, request.headers);
  return json({ received: true }, { status: 201 });
}

type FormOutcome = 'sent' | 'invalid' | 'limited' | 'failed';

function backToStep(path: string, outcome: FormOutcome): Response {
  const page = new URL(path, env().APP_URL);
  page.searchParams.set('report', outcome);
  page.hash = `report-${outcome}`;
  // 303: the browser follows with a GET, and a reload does not send the report again.
  return new Response(null, { status: 303, headers: { Location: page.toString(), 'Cache-Control': 'no-store' } });
}

async function fromForm(request: Request): Promise<Response> {
  const fields = await readForm(request, z.record(z.string(), z.string()));
  // Only a step that exists is gone back to: the address is built from the content, not from the form.
  const path = reportedStepPath(fields.platform, fields.step);
  if (!path) throw new AppError('bad_request', { code: 'report_no_step' });
  const parsed = problemReportSchema.safeParse(fields);
  if (!parsed.success) return backToStep(path, 'invalid');
  try {
    await receive(parsed.data, request.headers);
  } catch (error) {
    if (error instanceof AppError && error.code === 'rate_limited') return backToStep(path, 'limited');
    console.error(`Storing a problem report failed: ${loggableError(error)}`);
    return backToStep(path, 'failed');
  }
  return backToStep(path, 'sent');
}

export const POST = handle(async (request: Request) => {
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  // Anything but a form is read as JSON, which answers 415 for every other type.
  return type === FORM_TYPE ? fromForm(request) : fromScript(request);
});
