import { requireUser } from '@/lib/auth';
import { getProgressData } from '@/lib/db/queries/progress';
import { handle, json } from '@/lib/http/handler';

export const dynamic = 'force-dynamic';

export const GET = handle(async () => {
  const user = await requireUser();
  return json(await getProgressData({ userId: user.id }));
});
