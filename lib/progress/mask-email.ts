/**
 * `a…@example.com`: enough to recognise an account, not to read it off a
 * shared screen. Apart from merge-decision.ts, which only the signed-in side
 * loads, as every page shows the merge offer's question.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '…';
  return `${email[0]}…${email.slice(at)}`;
}
