import type { BrowserData, MergeChoice } from './record';

/*
 * The answer to "add this browser's progress to the account?", kept in the
 * record per account. Only the signed-in side loads this.
 */

/** A short fingerprint of the address: the choice is kept per account without keeping the address itself. */
export function accountFingerprint(email: string): string {
  // FNV-1a, 32 bits: enough to tell this browser's few accounts apart.
  let hash = 0x811c9dc5;
  for (const character of email.toLowerCase()) {
    hash ^= character.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** What the person answered for this account, if this browser remembers it. */
export function mergeChoiceFor(data: BrowserData, email: string): MergeChoice | null {
  return data.mergeChoice?.account === accountFingerprint(email) ? data.mergeChoice.choice : null;
}

export function withMergeChoice(data: BrowserData, email: string, choice: MergeChoice): BrowserData {
  return { ...data, mergeChoice: { account: accountFingerprint(email), choice } };
}
