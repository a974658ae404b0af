import type { ReminderKind } from '@/lib/reminders/schedule';

/**
 * A signed-in person's countdown as GET /api/countdowns sends it: written by
 * lib/db/queries/countdowns.ts, read by the browser (lib/client-api), which
 * must never import the database module, not even for a type.
 */
export type CountdownView = {
  id: string;
  platform: string;
  requestedOn: string;
  finalOn: string;
  timeZone: string;
  remindersStopped: boolean;
  reminders: { kind: ReminderKind; dueAt: string; status: string }[];
};

export type CountdownList = { countdowns: CountdownView[] };
