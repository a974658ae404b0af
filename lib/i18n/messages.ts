import type { Locale } from '@/lib/content/locales';
import enCommon from '@/messages/en/common.json';
import enChecklist from '@/messages/en/checklist.json';
import enStep from '@/messages/en/step.json';
import enAccount from '@/messages/en/account.json';
import enSignin from '@/messages/en/signin.json';
import enCountdowns from '@/messages/en/countdowns.json';
import enChecklists from '@/messages/en/checklists.json';
import enReminders from '@/messages/en/reminders.json';
import enReport from '@/messages/en/report.json';
import enErrors from '@/messages/en/errors.json';
import enEmails from '@/messages/en/emails.json';
import esCommon from '@/messages/es/common.json';
import esChecklist from '@/messages/es/checklist.json';
import esStep from '@/messages/es/step.json';
import esAccount from '@/messages/es/account.json';
import esSignin from '@/messages/es/signin.json';
import esCountdowns from '@/messages/es/countdowns.json';
import esChecklists from '@/messages/es/checklists.json';
import esReminders from '@/messages/es/reminders.json';
import esReport from '@/messages/es/report.json';
import esErrors from '@/messages/es/errors.json';
import esEmails from '@/messages/es/emails.json';

/*
 * The interface's words, one file per part of the site so that several
 * people can translate at once. Each file holds whole namespaces (top-level
 * keys). English is complete by definition: every other language is
 * type-checked against it, so a missing key fails the typecheck.
 */
const en = { ...enCommon, ...enChecklist, ...enStep, ...enAccount, ...enSignin, ...enCountdowns, ...enChecklists, ...enReminders, ...enReport, ...enErrors, ...enEmails };

export type Messages = typeof en;

const byLocale: Record<Locale, Messages> = {
  en,
  es: { ...esCommon, ...esChecklist, ...esStep, ...esAccount, ...esSignin, ...esCountdowns, ...esChecklists, ...esReminders, ...esReport, ...esErrors, ...esEmails },
};

export function messagesFor(locale: Locale): Messages {
  return byLocale[locale];
}
