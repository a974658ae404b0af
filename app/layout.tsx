import type { Metadata, Viewport } from 'next';
import { IntentLink as Link } from '@/app/_components/intent-link';
import type { ReactNode } from 'react';
import { AccountLink } from './_components/account-link';
import { FocusHeadingOnNavigate } from './_components/focus-heading-on-navigate';
import { ProgressNotice } from './_components/progress-notice';
import { Providers } from './providers';
import { getPlatforms } from '@/lib/content';
import './globals.css';

// Inline, so no page spends a request on it (the image is 238 bytes).
const ICON = 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 64 64%22%3E%3Crect width=%2264%22 height=%2264%22 rx=%2214%22 fill=%22%230b5563%22/%3E%3Cpath d=%22M18 33l9 9 19-20%22 fill=%22none%22 stroke=%22%23fff%22 stroke-width=%227%22 stroke-linecap=%22round%22 stroke-linejoin=%22round%22/%3E%3C/svg%3E';

export const metadata: Metadata = {
  icons: { icon: [{ url: ICON, type: 'image/svg+xml' }] },
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
