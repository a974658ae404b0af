import { pingDatabase } from '@/lib/db/queries/health';
import { json } from '@/lib/http/handler';

export const dynamic = 'force-dynamic';

export async function GET() {
  const ok = await pingDatabase();
  return json({ ok }, { status: ok ? 200 : 503 });
}
