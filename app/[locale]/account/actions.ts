'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { requireUser, signOut } from '@/lib/auth';
import { deleteUserData } from '@/lib/db/queries/users';
import { SESSION_HINT_COOKIE } from '@/lib/auth/session-hint';
import { AppError } from '@/lib/errors';

export async function signOutAction() {
  (await cookies()).delete(SESSION_HINT_COOKIE);
  await signOut({ redirectTo: '/' });
}

/** Deletes every row held about the person, sessions included, then signs them out. */
export async function deleteMyDataAction() {
  let user;
  try {
    user = await requireUser();
  } catch (error) {
    if (error instanceof AppError) redirect('/signin?from=/account');
    throw error;
  }
  await deleteUserData({ userId: user.id });
  // The session row is already gone; this clears the cookie.
  await signOut({ redirect: false });
  (await cookies()).delete(SESSION_HINT_COOKIE);
  redirect('/account?deleted=1');
}
