'use client';

import dynamic from 'next/dynamic';

/*
 * The countdown and data-file forms appear on one step each. Loaded apart, so
 * the other steps (and every visitor who never opens those two) do not carry
 * their code or the query library they use. Still rendered on the server: the
 * HTML has them before any script runs.
 */

export const StartCountdown = dynamic(() => import('./start-countdown').then((module) => module.StartCountdown));

export const DataFileReminder = dynamic(() => import('./data-file-reminder').then((module) => module.DataFileReminder));
