'use client';

import { useId, type Ref } from 'react';

type Props = {
  label: string;
  name: string;
  /** Today where the person is; undefined before hydration (the server does not know it). */
  today: string | undefined;
  min?: string;
  error: string | null;
  errorRef: Ref<HTMLParagraphElement>;
};

/** A date that defaults to today and cannot be in the future, with its error tied to it. */
export function DateField({ label, name, today, min, error, errorRef }: Props) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="date"
        required
        defaultValue={today}
        // Re-mounts once today is known, so the default shows after hydration.
        key={today}
        max={today}
        min={min}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p id={`${id}-error`} className="field-error" ref={errorRef} tabIndex={-1}>
          {error}
        </p>
      )}
    </div>
  );
}
