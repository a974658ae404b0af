'use client';

import { useTranslations } from 'next-intl';
import { IntentLink as Link } from '@/app/_components/intent-link';
import { useProgress } from '@/lib/progress/progress-context';
import { stepStatus } from '@/lib/progress/state';

type Props = {
  platform: string;
  steps: { slug: string; title: string }[];
};

/** Warns, with links, while steps that should come first are not done. */
export function RecommendedFirst({ platform, steps }: Props) {
  const { state } = useProgress();
  const t = useTranslations('recommended');
  const missing = steps.filter((step) => stepStatus(state, platform, step.slug) !== 'done');
  if (missing.length === 0) return null;

  return (
    <div className="callout" role="note" aria-labelledby="recommended-first-heading">
      <h2 id="recommended-first-heading" className="callout-heading">
        {t('heading')}
      </h2>
      <p>{t('intro')}</p>
      <ul>
        {missing.map((step) => (
          <li key={step.slug}>
            <Link href={`/${platform}/${step.slug}`}>{step.title}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
