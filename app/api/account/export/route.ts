import { requireUser } from '@/lib/auth';
import { enforceRateLimit } from '@/lib/rate-limit/policies';
import { exportUserData } from '@/lib/db/queries/users';
import { handle } from '@/lib/http/handler';

export const dynamic = 'force-dynamic';

/** Everything Unlisted holds about the signed-in person, as a JSON download. */
export const GET = handle(async () => {
  const user = await requireUser();
  await enforceRateLimit('exportsPerPerson', user.id);
  const data = await exportUserData({ userId: user.id });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="unlisted-export-${day}.json"`,
      'Cache-Control': 'no-store',
    },
  });
});
