import { createTranslator } from 'use-intl/core';
import type { Locale } from '@/lib/content/locales';
import { messagesFor } from '@/lib/i18n/messages';

/*
 * Emails are written outside any page and any request (the reminder sweep
 * runs on a timer, from cron or from `npm run reminders`), so their words are
 * looked up with use-intl's core, which next-intl is built on, from the same
 * message files as the pages (messages/{locale}/emails.json).
 */

/** The `emails` messages in `locale`. */
export function emailWords(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: 'emails', timeZone: 'UTC' });
}

/**
 * Which Intl locale writes a date out in each language. English stays
 * British ("Monday, 14 December 2026"), as reminder emails always have.
 */
const DATE_LOCALES: Record<Locale, string> = { en: 'en-GB', es: 'es-ES' };

/** A calendar date (YYYY-MM-DD) in full, in the reader's language: "Monday, 14 December 2026", "lunes, 14 de diciembre de 2026". */
export function formatEmailDate(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(DATE_LOCALES[locale], { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
