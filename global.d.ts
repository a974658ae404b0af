import type { Locale } from '@/lib/content/locales';
import type { Messages } from '@/lib/i18n/messages';

// Type-checks every translation key and the locale next-intl hands out.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
