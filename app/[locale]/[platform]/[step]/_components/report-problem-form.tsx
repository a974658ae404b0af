'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useHydrated } from '@/app/_components/use-hydrated';
import { normalizeLineBreaks, REPORT_EMAIL_MAX, REPORT_MESSAGE_MAX } from '@/lib/validation/problem-report-limits';

type Field = 'message' | 'replyEmail';
type Problem = { field: Field | null; text: string };

const ENDPOINT = '/api/reports';

/**
 * The report form. Rendered on the server as a plain form that posts to
 * /api/reports, so it works before and without JavaScript (the browser's
 * own checks stop an empty message). Once React runs, it sends JSON and says
 * how it went in place; the fields keep what was typed until it was sent.
 */
export function ReportProblemForm({ platform, step }: { platform: string; step: string }) {
  const t = useTranslations('reportForm');
  const locale = useLocale();
  const hydrated = useHydrated();
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const messageRef = useRef<HTMLTextAreaElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const problemRef = useRef<HTMLParagraphElement>(null);
  const sentRef = useRef<HTMLParagraphElement>(null);

  // After the render that shows it: the thank-you, or the field to fix (its error is part of its description), else the error itself.
  useEffect(() => {
    if (sent) sentRef.current?.focus();
  }, [sent]);
  useEffect(() => {
    if (!problem) return;
    const target = problem.field === 'message' ? messageRef : problem.field === 'replyEmail' ? emailRef : problemRef;
    target.current?.focus();
  }, [problem]);

  const messageProblem = (message: string) =>
    message.trim() === '' ? t('errors.messageMissing') : message.length > REPORT_MESSAGE_MAX ? t('errors.messageTooLong', { max: REPORT_MESSAGE_MAX }) : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    const message = normalizeLineBreaks(messageRef.current?.value ?? '');
    const replyEmail = (emailRef.current?.value ?? '').trim();
    const localProblem = messageProblem(message);
    if (localProblem) return setProblem({ field: 'message', text: localProblem });
    // The browser's own address check (the field is type=email): no validator shipped for it.
    if (replyEmail && emailRef.current?.validity.typeMismatch) return setProblem({ field: 'replyEmail', text: t('errors.emailFormat') });

    setSending(true);
    setProblem(null);
    let response: Response;
    try {
      response = await fetch(ENDPOINT, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ platform, step, locale, message, replyEmail }),
      });
    } catch {
      setSending(false);
      return setProblem({ field: null, text: t('errors.offline') });
    }
    setSending(false);
    if (response.ok) {
      setSent(true);
      return;
    }
    setProblem(await problemFrom(response));
  }

  /** The server's answer, in the page's language: its own messages are English. */
  async function problemFrom(response: Response): Promise<Problem> {
    if (response.status === 429) {
      const seconds = Number(response.headers.get('Retry-After'));
      const minutes = Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds / 60) : 10;
      return { field: null, text: t('errors.limited', { minutes }) };
    }
    if (response.status === 400) {
      const body = (await response.json().catch(() => null)) as { issues?: { path?: unknown }[] } | null;
      const fields = new Set((body?.issues ?? []).map((issue) => issue.path));
      if (fields.has('message')) {
        return { field: 'message', text: messageProblem(normalizeLineBreaks(messageRef.current?.value ?? '')) ?? t('errors.messageMissing') };
      }
      if (fields.has('replyEmail')) return { field: 'replyEmail', text: t('errors.emailFormat') };
    }
    return { field: null, text: t('errors.failed') };
  }

  if (sent) {
    return (
      <p className="status-box" role="status" ref={sentRef} tabIndex={-1}>
        {t('sent')}
      </p>
    );
  }

  const fieldError = (field: Field) => (problem?.field === field ? problem.text : null);
  const messageError = fieldError('message');
  const emailError = fieldError('replyEmail');
  return (
    // Without JavaScript the browser checks the fields itself; with it, the messages below do, in the page's language.
    <form action={ENDPOINT} method="post" onSubmit={submit} noValidate={hydrated} className="report-form">
      <input type="hidden" name="platform" value={platform} />
      <input type="hidden" name="step" value={step} />
      <input type="hidden" name="locale" value={locale} />
      {problem && problem.field === null && (
        <p className="field-error" ref={problemRef} tabIndex={-1}>
          {problem.text}
        </p>
      )}
      <div className="field">
        <label htmlFor="report-message">{t('messageLabel')}</label>
        <textarea
          id="report-message"
          name="message"
          ref={messageRef}
          rows={5}
          required
          maxLength={REPORT_MESSAGE_MAX}
          aria-invalid={messageError ? true : undefined}
          aria-describedby={messageError ? 'report-message-error report-message-hint' : 'report-message-hint'}
        />
        {messageError && (
          <p id="report-message-error" className="field-error">
            {messageError}
          </p>
        )}
        <p id="report-message-hint" className="muted">
          {t('messageHint', { max: REPORT_MESSAGE_MAX })}
        </p>
      </div>
      <div className="field">
        <label htmlFor="report-email">{t('emailLabel')}</label>
        <input
          id="report-email"
          name="replyEmail"
          type="email"
          ref={emailRef}
          autoComplete="email"
          inputMode="email"
          maxLength={REPORT_EMAIL_MAX}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? 'report-email-error report-email-hint' : 'report-email-hint'}
        />
        {emailError && (
          <p id="report-email-error" className="field-error">
            {emailError}
          </p>
        )}
        <p id="report-email-hint" className="muted">
          {t('emailHint')}
        </p>
      </div>
      <button type="submit" disabled={sending}>
        {sending ? t('sending') : t('submit')}
      </button>
    </form>
  );
}
