import { requireUser } from '@/lib/auth';
import { enforceRateLimit } from '@/lib/rate-limit/policies';
import { addBookmarks, removeBookmark } from '@/lib/db/queries/bookmarks';
import { getProgressData } from '@/lib/db/queries/progress';
import { AppError } from '@/lib/errors';
import { handle, json, toFieldIssues } from '@/lib/http/handler';
import { platformSlugSchema } from '@/lib/validation/progress';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ platform: string }> };

async function platformOf(context: Context): Promise<string> {
  const result = platformSlugSchema.safeParse((await context.params).platform);
  if (!result.success) {
    throw new AppError('not_found', { code: 'checklist_not_found' }, {
      issues: toFieldIssues(result.error.issues).map((issue) => ({ ...issue, path: 'platform' })),
    });
  }
  return result.data;
}

export const PUT = handle(async (_request: Request, context: Context) => {
  const user = await requireUser();
  const platform = await platformOf(context);
  await enforceRateLimit('writesPerPerson', user.id);
  await addBookmarks({ userId: user.id, bookmarks: [{ platform, createdAt: new Date() }] });
  return json(await getProgressData({ userId: user.id }));
});

export const DELETE = handle(async (_request: Request, context: Context) => {
  const user = await requireUser();
  const platform = await platformOf(context);
  await enforceRateLimit('writesPerPerson', user.id);
  await removeBookmark({ userId: user.id, platform });
  return json(await getProgressData({ userId: user.id }));
});
