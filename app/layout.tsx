import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { AccountLink } from './_components/account-link';
import { FocusHeadingOnNavigate } from './_components/focus-heading-on-navigate';
import { ProgressNotice } from './_components/progress-notice';
import { Providers } from './providers';
import { getPlatforms } from '@/lib/content';
import './globals.css';

export const metadata: Metadata = {
  title: {
    default: 'Unlisted: take back control of your social-media account',
    template: '%s · Unlisted',
  },
  description:
    'A step-by-step checklist to save what you made, lock your account down, or leave the platform for good, with a link to each official setting.',
};

export const viewport: Viewport = {
  themeColor: '#0b5563',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <Providers>
          <header className="site-header">
            <nav aria-label="Site">
              <Link className="brand" href="/">
                Unlisted
              </Link>
              {getPlatforms().map((platform) => (
                <Link key={platform.slug} href={`/${platform.slug}`}>
                  {platform.name}
                </Link>
              ))}
              <Link href="/checklists">Your checklists</Link>
              <Link href="/countdowns">Countdowns</Link>
              <AccountLink />
            </nav>
          </header>
          <main id="main" tabIndex={-1}>
            <ProgressNotice />
            {children}
          </main>
          <FocusHeadingOnNavigate />
        </Providers>
        <footer className="site-footer">
          <div>
            <p>
              Without an account, Unlisted keeps your progress in this browser only. It makes no third-party requests
              and links only to the platforms’ own settings and help pages.
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
