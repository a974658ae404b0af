import fc from 'fast-check';
import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/content/locales';
import { checkRequestedOn, REQUESTED_ON_PROBLEMS } from '@/lib/reminders/schedule';
import { clientProblemMessages } from './client-messages';
import { messagesFor } from './messages';
import { PROBLEM_CODES, problemValues, type ParamKind, type ProblemCode } from './problem-codes';
import { problemMessage } from './problems';

const CODES = Object.keys(PROBLEM_CODES) as ProblemCode[];

/** A value of each kind, as it travels in a problem's parameters. */
const SAMPLE: Record<ParamKind, string | number> = { date: '2020-01-01', number: 3, text: 'TikTok' };

/** The `errors` messages of a language, read as the plain JSON they are (the type only knows English's keys). */
const errorsOf = (locale: (typeof LOCALES)[number]) => messagesFor(locale).errors as Record<string, unknown>;

describe('every problem code has its words in every language', () => {
  for (const locale of LOCALES) {
    it(`${locale}: a message for every code, and none for a code that does not exist`, () => {
      const errors = errorsOf(locale);
      const missing = CODES.filter((code) => typeof errors[code] !== 'string' || (errors[code] as string).trim() === '');
      expect(missing, `codes without a message in messages/${locale}/errors.json`).toEqual([]);
      expect(Object.keys(errors).filter((key) => !CODES.includes(key as ProblemCode))).toEqual([]);
    });

    it(`${locale}: each message takes exactly its code's parameters and formats whole`, () => {
      const errors = errorsOf(locale);
      // Any formatting problem (a parameter the code does not declare, a syntax error) throws here instead of printing a fallback.
      const t = createTranslator({
        locale,
        messages: { errors },
        namespace: 'errors',
        timeZone: 'UTC',
        onError: (error) => {
          throw error;
        },
      }) as unknown as (code: string, values: Record<string, unknown>) => string;
      for (const code of CODES) {
        const kinds: Readonly<Record<string, ParamKind>> = PROBLEM_CODES[code];
        for (const name of Object.keys(kinds)) {
          expect(errors[code], `${locale} ${code} never says {${name}}`).toMatch(new RegExp(`\\{${name}[,}]`));
        }
        const params = Object.fromEntries(Object.entries(kinds).map(([name, kind]) => [name, SAMPLE[kind]]));
        const text = t(code, problemValues({ code, params }));
        expect(text, `${locale} ${code}`).not.toMatch(/[{}]/);
        expect(text.length, `${locale} ${code}`).toBeGreaterThan(0);
      }
    });
  }
});

describe('problemMessage', () => {
  it('writes dates out in the reader’s language', () => {
    const tooEarly = { code: 'date_too_early', params: { earliest: '2020-01-01' } } as const;
    expect(problemMessage('en', tooEarly)).toBe("The date can't be before January 1, 2020.");
    expect(problemMessage('es', tooEarly)).toBe('La fecha no puede ser anterior al 1 de enero de 2020.');
  });

  it('says seconds under 90 and minutes from there, in each language', () => {
    expect(problemMessage('en', { code: 'too_many_changes', params: { seconds: 1, minutes: 0 } })).toBe(
      'Too many changes in a short time. Please wait 1 second and try again.',
    );
    expect(problemMessage('es', { code: 'too_many_exports', params: { seconds: 3000, minutes: 50 } })).toBe(
      'Demasiadas exportaciones en poco tiempo. Espera 50 minutos y vuelve a intentarlo.',
    );
  });
});

describe('the countdown form’s own date check', () => {
  it('names only problems whose words the step page gives the browser', () => {
    const dates = fc.oneof(
      fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 90 }), (requestedOn, graceDays) => {
        const problem = checkRequestedOn({ requestedOn, today: '2026-11-25', graceDays });
        if (problem) expect(REQUESTED_ON_PROBLEMS).toContain(problem.code);
      }),
      { numRuns: 2000 },
    );
  });

  it('hands the browser those words and no others', () => {
    for (const locale of LOCALES) {
      const { errors } = clientProblemMessages(locale, REQUESTED_ON_PROBLEMS);
      expect(Object.keys(errors ?? {}).sort()).toEqual([...REQUESTED_ON_PROBLEMS].sort());
    }
  });
});
