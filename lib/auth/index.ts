import 'server-only';
import { DrizzleAdapter } from '@auth/drizzle-adapter';
import NextAuth from 'next-auth';
import type { EmailConfig } from 'next-auth/providers';
import { getDb } from '@/lib/db/client';
import { accounts, sessions, users, verificationTokens } from '@/lib/db/schema';
import { sendEmail } from '@/lib/email/send';
import { signInEmail } from '@/lib/email/sign-in-email';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { loggableError } from '@/lib/http/error-log';
import { requestLocale } from '@/lib/i18n/negotiate';
import { authSecret } from './secret';
import { confirmationUrl, noteSignInToken, signInLocale } from './sign-in-request';

// Auth.js builds its own URLs (the sign-in link, its redirects) from the
// request's Host and X-Forwarded-* headers unless AUTH_URL is set, and it
// reads AUTH_URL from the process environment itself. The site's address
// comes from APP_URL alone: a forged Host must never reach a sign-in link.
process.env.AUTH_URL = env().APP_URL;

declare module 'next-auth' {
  interface Session {
    user: { id: string; email: string };
  }
}

/** Sign-in links last 30 minutes: long enough to find the mail, short enough to be safe. */
export const SIGN_IN_LINK_MINUTES = 30;

const emailProvider: EmailConfig = {
  id: 'email',
  type: 'email',
  name: 'Email',
  maxAge: SIGN_IN_LINK_MINUTES * 60,
  async sendVerificationRequest({ identifier, url, expires, token, request }) {
    noteSignInToken(token);
    // The sign-in page's own language (its form says it, and only a known one is passed on); else the request's, as a page's is picked.
    const locale = signInLocale() ?? requestLocale(request.headers);
    await sendEmail(signInEmail({ to: identifier, url: confirmationUrl(url), expires, locale }));
  },
  normalizeIdentifier: (identifier) => identifier.trim().toLowerCase(),
  options: {},
};

// Built lazily (docs/stack-traps.md, trap 5): nothing touches the database or the secret at import or build time.
export const { handlers, auth, signIn, signOut } = NextAuth(async () => {
  const db = await getDb();
  return {
    adapter: DrizzleAdapter(db, {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    }),
    providers: [emailProvider],
    secret: authSecret(),
    // Outside Vercel Auth.js wants this; with AUTH_URL set above it no longer reads Host for URLs.
    trustHost: true,
    session: { strategy: 'database', maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    // Secure cookies whenever the site is served over https (every production deployment).
    useSecureCookies: new URL(env().APP_URL).protocol === 'https:',
    pages: { signIn: '/signin', verifyRequest: '/signin', error: '/signin' },
    // Auth.js's own logger prints a database error's parameters and details: emails, tokens.
    logger: { error: (error) => console.error(`[auth] ${loggableError(error)}`) },
    callbacks: {
      session({ session, user }) {
        // Only what the app needs: never the whole user row.
        return { ...session, user: { id: user.id, email: user.email } };
      },
    },
  };
});

export type CurrentUser = { id: string; email: string };

/** The signed-in person, or null. */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await auth();
  const user = session?.user;
  return user?.id && user.email ? { id: user.id, email: user.email } : null;
}

/** First call of every private action, handler and page: the person, or a 401. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError('unauthorized', { code: 'sign_in_required' });
  return user;
}
