'use client';

import { FLOW_IDS, type FlowId } from '@/lib/content/constants';
import type { PlatformRoute } from '@/lib/progress/paths';
import { useProgressStore } from '@/lib/progress/progress-context';
import { useHydrated } from './use-hydrated';

type Props = {
  route: PlatformRoute;
  selected: FlowId;
  legend: string;
  /** Distinguishes two groups of the same platform on one page. */
  idPrefix: string;
};

/** Lock down or leave: the choice made after the backup steps. Saved as soon as it changes. */
export function FlowChoice({ route, selected, legend, idPrefix }: Props) {
  const store = useProgressStore();
  // Without JavaScript the choice could not be saved: show it, but do not pretend it works.
  const hydrated = useHydrated();

  return (
    <fieldset className="choice" disabled={!hydrated}>
      <legend>{legend}</legend>
      <div className="choice-options">
        {FLOW_IDS.map((id) => (
          <label key={id} className="choice-option">
            <input
              type="radio"
              name={`${idPrefix}-${route.slug}-flow`}
              value={id}
              checked={selected === id}
              onChange={() => store.setFlow(route.slug, id)}
              aria-describedby={`${idPrefix}-${id}-description`}
            />
            <span>
              <strong>{route.flows[id].title}</strong>
              <span id={`${idPrefix}-${id}-description`} className="muted choice-description">
                {route.flows[id].description}
              </span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
