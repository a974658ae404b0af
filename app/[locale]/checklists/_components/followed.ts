import { hasStarted, isBookmarked, type ProgressState } from '@/lib/progress/state';

/**
 * The checklists a person follows, in page order: the ones they bookmarked,
 * and apart from those, any with a step done or skipped (a step undone back
 * to "todo" does not count).
 */
export function followedChecklists<Route extends { slug: string }>(
  routes: Route[],
  state: ProgressState,
): { bookmarked: Route[]; inProgress: Route[] } {
  return {
    bookmarked: routes.filter((route) => isBookmarked(state, route.slug)),
    inProgress: routes.filter((route) => !isBookmarked(state, route.slug) && hasStarted(state, route.slug)),
  };
}
