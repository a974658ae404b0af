import { getCurrentUser } from '@/lib/auth';
import { handle, json } from '@/lib/http/handler';

export const dynamic = 'force-dynamic';

/** Who is signed in, as the browser needs to know it: the email only. */
export const GET = handle(async () => {
  const user = await getCurrentUser();
  return json({ user: user ? { email: user.email } : null });
});
