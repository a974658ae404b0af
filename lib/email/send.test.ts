import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { env } from '@/lib/env';
import { sendEmail } from './send';

// An outbox of this file's own (the PostgreSQL pass gives test files no data directory of their own).
const dataDir = mkdtempSync(join(tmpdir(), 'unlisted-outbox-test-'));
process.env.DATA_DIR = dataDir;
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('sendEmail without SMTP_URL (development)', () => {
  it('writes the message to the outbox and drops what is older than a day', async () => {
    expect(env().SMTP_URL).toBeUndefined();
    const outbox = join(env().DATA_DIR, 'outbox');
    mkdirSync(outbox, { recursive: true });
    const old = join(outbox, 'old-sign-in-link.eml');
    const recent = join(outbox, 'recent-sign-in-link.eml');
    writeFileSync(old, 'old');
    writeFileSync(recent, 'recent');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    utimesSync(old, twoDaysAgo, twoDaysAgo);
    const log = vi.spyOn(console, 'info').mockImplementation(() => {});

    await sendEmail({ to: 'someone@example.test', subject: 'Hello there', text: 'Hi', html: '<p>Hi</p>' });

    const files = readdirSync(outbox);
    expect(files).not.toContain('old-sign-in-link.eml');
    expect(files).toContain('recent-sign-in-link.eml');
    expect(files.filter((file) => file.endsWith('-hello-there.eml'))).toHaveLength(1);
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
