import { DrizzleQueryError, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { getDb, getOpenDatabase } from '@/lib/db/client';
import { users } from '@/lib/db/schema';
import { createPerson } from '@/lib/db/test-setup/users';
import { loggableError } from './error-log';

afterAll(async () => {
  await (await getOpenDatabase()).close();
});

/** The error a real query fails with, from whichever database this test run has. */
async function failureOf(query: () => Promise<unknown>): Promise<unknown> {
  try {
    await query();
  } catch (error) {
    return error;
  }
  throw new Error('the query was expected to fail');
}

describe('loggableError', () => {
  it('logs a duplicate address without the address, in the message, the parameters or the detail', async () => {
    const db = await getDb();
    const person = await createPerson('log');
    const error = await failureOf(() => db.insert(users).values({ email: person.email }));
    expect(error).toBeInstanceOf(DrizzleQueryError);
    // The raw error does hold the address, in several places: what this is all about.
    expect(String((error as Error).message)).toContain(person.email);

    const logged = loggableError(error);
    expect(logged).not.toContain(person.email);
    expect(logged).not.toContain(person.email.split('@')[0]);
    expect(logged).not.toContain('already exists');
    expect(logged).toMatch(/^DrizzleQueryError: Failed query\n/);
    expect(logged).toMatch(/ {2}query: insert into "users" .*values \(.*\$1/);
    expect(logged).toMatch(/caused by .*\[code 23505\]: duplicate key value violates unique constraint "users_email_unique"/);
    expect(logged).toMatch(/\n\s+at /);
  });

  it('leaves out the value PostgreSQL quotes in its own message', async () => {
    const db = await getDb();
    const error = await failureOf(() => db.execute(sql`select ${'0000-01-01'}::date`));
    const logged = loggableError(error);
    expect(logged).not.toContain('0000-01-01');
    expect(logged).toContain('[code 22008]: date/time field value out of range: "…"');
  });

  it('logs a query error built by hand without its parameters', () => {
    const cause = Object.assign(new Error('duplicate key value violates unique constraint "user_email_unique"'), {
      code: '23505',
      detail: 'Key (email)=(ana@example.test) already exists.',
      params: ['ana@example.test'],
    });
    const error = new DrizzleQueryError('insert into "user" ("email") values ($1)', ['ana@example.test', '2026-11-25'], cause);
    const logged = loggableError(error);
    expect(logged).not.toMatch(/ana|example\.test|2026-11-25|already exists/);
    expect(logged.split('\n').slice(0, 3)).toEqual([
      'DrizzleQueryError: Failed query',
      '  query: insert into "user" ("email") values ($1)',
      '  caused by Error [code 23505]: duplicate key value violates unique constraint "user_email_unique"',
    ]);
  });

  it('follows the error Auth.js wraps, and nothing else of its wrapping', () => {
    const pgError = Object.assign(new Error('duplicate key value violates unique constraint "users_email_unique"'), {
      code: '23505',
      detail: 'Key (email)=(ana@example.test) already exists.',
    });
    const queryError = new DrizzleQueryError('insert into "users" ("email") values ($1)', ['ana@example.test'], pgError);
    // What Auth.js's AdapterError carries: the caught error, and that error's own cause spread beside it.
    const adapterError = Object.assign(new Error('Read more at https://errors.authjs.dev#adaptererror'), {
      name: 'AdapterError',
      cause: { err: queryError, ...pgError, params: ['ana@example.test'] },
    });
    const logged = loggableError(adapterError);
    expect(logged).not.toMatch(/ana|example\.test|already exists/);
    expect(logged.split('\n').slice(0, 4)).toEqual([
      'AdapterError: Read more at https://errors.authjs.dev#adaptererror',
      '  caused by DrizzleQueryError: Failed query',
      '  query: insert into "users" ("email") values ($1)',
      '  caused by Error [code 23505]: duplicate key value violates unique constraint "users_email_unique"',
    ]);
  });

  it.each([
    ['invalid input syntax for type uuid: "ana@example.test"', 'invalid input syntax for type uuid: "…"'],
    ['value "2026112500000" is out of range for type integer', 'value "…" is out of range for type integer'],
    ['null value in column "email" of relation "users" violates not-null constraint', 'null value in column "email" of relation "users" violates not-null constraint'],
  ])('in %j, keeps names and leaves out values', (message, expected) => {
    expect(loggableError(Object.assign(new Error(message), { code: '22P02' })).split('\n')[0]).toBe(`Error [code 22P02]: ${expected}`);
  });

  it('leaves out values inlined into raw SQL', () => {
    const error = new DrizzleQueryError("select * from \"user\" where email = 'ana@example.test'", [], undefined);
    const logged = loggableError(error);
    expect(logged).not.toContain('ana@example.test');
    expect(logged).toContain(`query: select * from "user" where email = '…'`);
  });

  it('never takes a frame from a message that looks like a stack', () => {
    const error = new DrizzleQueryError('select $1', ['x\n    at ana@example.test'], undefined);
    expect(loggableError(error)).not.toContain('ana@example.test');
  });

  it('keeps what a plain error says, and follows causes', () => {
    const error = new Error('the mail server refused', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:25'), { code: 'ECONNREFUSED' }) });
    expect(loggableError(error).split('\n').slice(0, 2)).toEqual([
      'Error: the mail server refused',
      '  caused by Error [code ECONNREFUSED]: connect ECONNREFUSED 127.0.0.1:25',
    ]);
  });

  it('says only what kind of value was thrown when it is not an error', () => {
    expect(loggableError('ana@example.test')).toBe('A non-error value was thrown (string).');
    expect(loggableError(null)).toBe('A non-error value was thrown (null).');
  });

  it('stops following a cycle of causes', () => {
    const first = new Error('first');
    const second = new Error('second', { cause: first });
    first.cause = second;
    expect(loggableError(first).split('\n').filter((line) => line.includes('caused by'))).toHaveLength(3);
  });
});
