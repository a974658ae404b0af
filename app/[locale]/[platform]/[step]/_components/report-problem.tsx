import { getTranslations } from 'next-intl/server';
import { REPORT_MESSAGE_MAX } from '@/lib/validation/problem-report-limits';
import { ReportProblemForm } from './report-problem-form';

/** What a form sent without JavaScript comes back to: /api/reports redirects to `#report-<outcome>`. */
const OUTCOMES = ['sent', 'invalid', 'limited', 'failed'] as const;

/**
 * "Report a problem with this step": a disclosure holding the report form.
 * The page is prerendered and reads no query, so the outcome of a form sent
 * without JavaScript is shown by CSS alone: each message is hidden unless the
 * address's fragment names it (:target).
 */
export async function ReportProblem({ platform, step }: { platform: string; step: string }) {
  const t = await getTranslations('report');
  return (
    <div id="report" className="report-problem">
      {OUTCOMES.map((outcome) => (
        <p key={outcome} id={`report-${outcome}`} className={`report-outcome ${outcome === 'sent' ? 'status-box' : 'callout'}`} tabIndex={-1}>
          {t(outcome, { max: REPORT_MESSAGE_MAX })}
        </p>
      ))}
      <details className="report-details">
        <summary>{t('summary')}</summary>
        <ReportProblemForm platform={platform} step={step} />
      </details>
    </div>
  );
}
