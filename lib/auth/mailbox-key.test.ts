import { describe, expect, it } from 'vitest';
import { mailboxKey } from './mailbox-key';

describe('mailboxKey', () => {
  it.each([
    ['A.B+news@GoogleMail.com', 'ab@gmail.com'],
    ['a.b@gmail.com', 'ab@gmail.com'],
    ['first.last+x@example.org', 'first.last@example.org'],
    ['victim+1+2@example.org', 'victim@example.org'],
    ['Someone@Example.org', 'someone@example.org'],
    ['plain.address@example.org', 'plain.address@example.org'],
    ['+only-tag@example.org', '+only-tag@example.org'],
  ])('%s counts as %s', (email, expected) => {
    expect(mailboxKey(email)).toBe(expected);
  });

  it('gives every +tag variant of one address the same key', () => {
    const variants = ['victim@example.org', 'victim+1@example.org', 'VICTIM+news@example.org'];
    expect(new Set(variants.map(mailboxKey))).toEqual(new Set(['victim@example.org']));
  });
});
