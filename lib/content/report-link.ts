/**
 * The "Report a problem with this step" address: the configured template
 * (REPORT_PROBLEM_URL) with {subject} and {body} filled in, URL-encoded, so a
 * mail or issue arrives already saying which step, where and when checked.
 */
export function reportProblemUrl(template: string, report: { subject: string; body: string }): string {
  return template.replaceAll('{subject}', encodeURIComponent(report.subject)).replaceAll('{body}', encodeURIComponent(report.body));
}
