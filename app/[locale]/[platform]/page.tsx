import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { IntentLink as Link } from '@/app/_components/intent-link';
import { StepStatusBadge } from '@/app/_components/step-status-badge';
import { FLOW_IDS, getLocalizedPlatform, getPlatforms, type LocalizedPlatform } from '@/lib/content';
import type { Locale } from '@/lib/content/locales';
import { clientMessages } from '@/lib/i18n/client-messages';
import { sharedSteps, toPlatformRoute } from '@/lib/progress/paths';
import { BookmarkButton } from './_components/bookmark-button';
import { ChecklistProgress } from './_components/checklist-progress';
import { PathTag } from './_components/path-tag';

export const dynamicParams = false;

export function generateStaticParams() {
  return getPlatforms().map((platform) => ({ platform: platform.slug }));
}

type Props = { params: Promise<{ locale: string; platform: string }> };

async function resolve(params: Props['params']) {
  const { locale, platform: slug } = await params;
  return { locale: locale as Locale, platform: getLocalizedPlatform(locale as Locale, slug) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, platform } = await resolve(params);
  if (!platform) return {};
  const t = await getTranslations({ locale, namespace: 'checklist' });
  return { title: t('metaTitle', { platform: platform.name }), description: platform.tagline };
}

export default async function ChecklistPage({ params }: Props) {
  const { locale, platform } = await resolve(params);
  if (!platform) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('checklist');

  const route = toPlatformRoute(platform);
  const shared = sharedSteps(route);
  const sections = [
    { id: 'back-up', title: t('firstBackUp'), steps: shared, flow: undefined },
    ...FLOW_IDS.map((id, index) => ({
      id,
      title: t(index === 0 ? 'then' : 'or', { flow: platform.flows[id].title }),
      steps: platform.flows[id].steps.filter((slug) => !shared.includes(slug)),
      flow: id,
    })),
  ];
  const someInEnglish = platform.steps.some((step) => step.fallback !== null);

  return (
    <NextIntlClientProvider messages={clientMessages(locale, 'checklist', 'progress', 'status', 'bookmark')}>
      <p className="eyebrow">{t('eyebrow')}</p>
      <h1 tabIndex={-1}>{platform.name}</h1>
      <p className="lede" lang={platform.language === locale ? undefined : platform.language}>
        {platform.tagline}
      </p>
      {someInEnglish && <p className="notice-inline">{t('englishOnly')}</p>}
      <BookmarkButton platform={platform.slug} platformName={platform.name} />
      <ChecklistProgress route={route} />
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`${section.id}-heading`}>
          <h2 id={`${section.id}-heading`}>
            {section.title} {section.flow && <PathTag platform={platform.slug} flow={section.flow} />}
          </h2>
          <StepList platform={platform} steps={section.steps} locale={locale} />
        </section>
      ))}
      {platform.notOnPlatform.length > 0 && (
        <section aria-labelledby="not-on-platform-heading">
          <h2 id="not-on-platform-heading">{t('notOnPlatformHeading', { platform: platform.name })}</h2>
          <p>{t('notOnPlatformIntro', { platform: platform.name })}</p>
          <dl className="not-on-platform">
            {platform.notOnPlatform.map((entry) => (
              <div key={entry.topic}>
                <dt>{entry.topic}</dt>
                <dd>{entry.explanation}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <p className="muted print-hint">{t('printHint')}</p>
    </NextIntlClientProvider>
  );
}

async function StepList({ platform, steps, locale }: { platform: LocalizedPlatform; steps: string[]; locale: Locale }) {
  const t = await getTranslations('checklist');
  return (
    <ol className="step-list">
      {steps.map((slug) => {
        const step = platform.steps.find((candidate) => candidate.slug === slug);
        if (!step) return null;
        return (
          <li key={slug} lang={step.language === locale ? undefined : step.language}>
            <div>
              <Link href={`/${platform.slug}/${slug}`}>{step.title}</Link>
              <p>
                {step.summary} <span lang={step.language === locale ? undefined : locale}>{t('aboutMinutes', { minutes: step.minutes })}</span>
              </p>
            </div>
            <StepStatusBadge platform={platform.slug} step={slug} />
          </li>
        );
      })}
    </ol>
  );
}
