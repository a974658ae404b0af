import type { BrowserCountdown, BrowserData } from './record';

/*
 * Countdowns in the record, as the countdown forms change them: kept apart
 * from record.ts so the code every page loads stays small (README, "What
 * every visitor downloads"), and from merge-choice.ts, which only the
 * signed-in side needs.
 */

export function withCountdown(data: BrowserData, platform: string, countdown: BrowserCountdown): BrowserData {
  return { ...data, countdowns: { ...data.countdowns, [platform]: countdown } };
}

export function withoutCountdowns(data: BrowserData, platforms: readonly string[]): BrowserData {
  if (!platforms.some((platform) => Object.hasOwn(data.countdowns, platform))) return data;
  return { ...data, countdowns: Object.fromEntries(Object.entries(data.countdowns).filter(([slug]) => !platforms.includes(slug))) };
}
