'use client';

import { useActionState, useEffect, useRef } from 'react';
import { requestSignInLink, type SignInState } from '../actions';

/** Works without JavaScript too: the form posts to the server action either way. */
export function SignInForm({ from }: { from: string }) {
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
          Check your email
        </h2>
        <p>
          We sent a sign-in link to <strong>{state.email}</strong>. Open it on this device to sign in. It works once,
          for 30 minutes.
        </p>
        <p className="muted">No email after a few minutes? Check your spam folder, or ask for a new link below.</p>
        <form action={formAction}>
          <input type="hidden" name="email" value={state.email} />
          <input type="hidden" name="from" value={from} />
          <button type="submit" disabled={pending}>
            Send the link again
          </button>
        </form>
      </div>
    );
  }

  const error = state.status === 'idle' ? undefined : state.message;
  return (
    <form action={formAction} className="card" noValidate>
      <input type="hidden" name="from" value={from} />
      <div className="field">
        <label htmlFor="email">Email address</label>
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
            We only use it to send sign-in links and, if you ask for them, deletion reminders.
          </p>
        )}
      </div>
      <button type="submit" className="button-primary" disabled={pending}>
        {pending ? 'Sending…' : 'Send sign-in link'}
      </button>
    </form>
  );
}
