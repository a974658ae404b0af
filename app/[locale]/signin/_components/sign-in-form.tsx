'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import { requestSignInLink, type SignInState } from '../actions';

/** Works without JavaScript too: the form posts to the server action either way. */
export function SignInForm({ from }: { from: string }) {
  const t = useTranslations('signinForm');
  // The action cannot see the page's address, so the form tells it which language to answer in.
  const locale = useLocale();
  const [state, formAction, pending] = useActionState<SignInState, FormData>(requestSignInLink, { status: 'idle' });
  const errorRef = useRef<HTMLParagraphElement>(null);
  const sentRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (state.status === 'sent') sentRef.current?.focus();
    else if (state.status !== 'idle') errorRef.current?.focus();
  }, [state]);

  if (state.status === 'sent') {
    return (
      <div className="card">
        <h2 ref={sentRef} tabIndex={-1}>
          {t('checkEmail')}
        </h2>
        <p>{t.rich('sentTo', { email: state.email, strong: (chunks) => <strong>{chunks}</strong> })}</p>
        <p className="muted">{t('noEmail')}</p>
        <form action={formAction}>
          <input type="hidden" name="email" value={state.email} />
          <input type="hidden" name="from" value={from} />
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" disabled={pending}>
            {t('sendAgain')}
          </button>
        </form>
      </div>
    );
  }

  const error = state.status === 'idle' ? undefined : state.message;
  return (
    <form action={formAction} className="card" noValidate>
      <input type="hidden" name="from" value={from} />
      <input type="hidden" name="locale" value={locale} />
      <div className="field">
        <label htmlFor="email">{t('emailLabel')}</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          defaultValue={state.status === 'idle' ? '' : state.email}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'email-error' : 'email-hint'}
        />
        {error ? (
          <p id="email-error" className="field-error" ref={errorRef} tabIndex={-1}>
            {error}
          </p>
        ) : (
          <p id="email-hint" className="muted">
            {t('emailHint')}
          </p>
        )}
      </div>
      <button type="submit" className="button-primary" disabled={pending}>
        {pending ? t('sending') : t('send')}
      </button>
    </form>
  );
}
