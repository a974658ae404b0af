import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Suspense } from 'react';
import { IntentLink as Link } from '@/app/_components/intent-link';
import { RichText } from '@/app/_components/rich-text';
import { DEVICE_LABELS, getLocalizedPlatform, getPlatforms, getStep, type Device, type DeviceHowTo, type LocalizedStep } from '@/lib/content';
import type { LinkKind } from '@/lib/content/constants';
import { todayUtc } from '@/lib/content/load';
import type { Locale } from '@/lib/content/locales';
import { clientMessages, clientProblemMessages } from '@/lib/i18n/client-messages';
import { toPlatformRoute } from '@/lib/progress/paths';
import { REQUESTED_ON_PROBLEMS } from '@/lib/reminders/schedule';
import { StaleNotice } from './_components/stale-notice';
import { DataFileReminder, StartCountdown } from './_components/step-extras';
import { DeviceInstructions } from './_components/device-instructions';
import { RecommendedFirst } from './_components/recommended-first';
import { ReportProblem } from './_components/report-problem';
import { StepActions } from './_components/step-actions';
import { StepPosition } from './_components/step-position';

export const dynamicParams = false;

/** The visible tag before each official link, saying what it opens. */
const LINK_KIND_MESSAGE = { setting: 'linkKindSetting', help: 'linkKindHelp', hub: 'linkKindHub' } as const satisfies Record<LinkKind, string>;

export function generateStaticParams() {
  return getPlatforms().flatMap((platform) =>
    platform.steps.map((step) => ({ platform: platform.slug, step: step.slug })),
  );
}

type Props = { params: Promise<{ locale: string; platform: string; step: string }> };

async function resolve(params: Props['params']) {
  const { locale, platform: platformSlug, step: stepSlug } = await params;
  const platform = getLocalizedPlatform(locale as Locale, platformSlug);
  const step = platform && getStep(platform, stepSlug);
  return platform && step ? { locale: locale as Locale, platform, step } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await resolve(params);
  if (!found) return {};
  const t = await getTranslations({ locale: found.locale, namespace: 'step' });
  return { title: t('metaTitle', { step: found.step.title, platform: found.platform.name }), description: found.step.summary };
}

/** The namespaces this page's client components translate. */
const STEP_CLIENT_NAMESPACES = ['step', 'devices', 'position', 'recommended', 'actions', 'countdown', 'dataFile', 'reportForm'] as const;

export default async function StepPage({ params }: Props) {
  const found = await resolve(params);
  if (!found) notFound();
  const { locale, platform, step } = found;
  setRequestLocale(locale);
  const t = await getTranslations('step');
  const format = await getFormatter();
  const checkedOn = format.dateTime(new Date(`${step.lastVerified}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });
  // The step's own words may be in English on a Spanish page: say so, to people and to screen readers.
  const contentLang = step.language === locale ? undefined : step.language;

  const route = toPlatformRoute(platform);
  const recommended = step.recommendedBefore.map((slug) => ({ slug, title: route.stepTitles[slug] ?? slug }));

  return (
    <NextIntlClientProvider messages={{ ...clientMessages(locale, ...STEP_CLIENT_NAMESPACES), ...clientProblemMessages(locale, REQUESTED_ON_PROBLEMS) }}>
    <article>
      <nav aria-label={t('breadcrumb')} className="breadcrumbs">
        <ol>
          <li>
            <Link href="/">{t('home')}</Link>
          </li>
          <li>
            <Link href={`/${platform.slug}`}>{t('checklist', { platform: platform.name })}</Link>
          </li>
          <li aria-current="page" lang={contentLang}>
            {step.title}
          </li>
        </ol>
      </nav>
      <p className="eyebrow">
        <StepPosition route={route} step={step.slug} />
        {t('aboutMinutes', { minutes: step.minutes })}
      </p>
      {step.fallback && <p className="notice-inline">{t(step.fallback === 'missing' ? 'fallbackMissing' : 'fallbackOutdated')}</p>}
      <h1 tabIndex={-1} lang={contentLang}>
        {step.title}
      </h1>
      <p className="lede" lang={contentLang}>
        {step.summary}
      </p>

      <StaleNotice lastVerified={step.lastVerified} builtOn={todayUtc()} platformName={platform.name} />

      {recommended.length > 0 && <RecommendedFirst platform={platform.slug} steps={recommended} />}

      <section aria-labelledby="why-heading">
        <h2 id="why-heading">{t('why')}</h2>
        {step.why.map((paragraph) => (
          <p key={paragraph} lang={contentLang}>
            <RichText text={paragraph} />
          </p>
        ))}
      </section>

      <section aria-labelledby="changes-heading">
        <h2 id="changes-heading">{t('changes')}</h2>
        <BulletList items={step.changes} lang={contentLang} />
        {step.unchanged.length > 0 && (
          <>
            <h3>{t('unchanged')}</h3>
            <BulletList items={step.unchanged} lang={contentLang} />
          </>
        )}
      </section>

      {step.warnings.length > 0 && (
        <div className="callout" role="note" aria-labelledby="warnings-heading">
          <h2 id="warnings-heading" className="callout-heading">
            {t('watchOut')}
          </h2>
          <BulletList items={step.warnings} lang={contentLang} />
        </div>
      )}

      <section aria-labelledby="how-heading">
        <h2 id="how-heading">{t('howTo')}</h2>
        <DeviceInstructions
          step={step.slug}
          panels={{
            ios: <HowTo device="ios" step={step} />,
            android: <HowTo device="android" step={step} />,
            web: <HowTo device="web" step={step} />,
          }}
        />
        <h3>{t('officialLinks')}</h3>
        {step.noSettingLink && (
          <p className="no-setting-link">
            <strong>{t('noSettingLink')}</strong>{' '}
            <span lang={contentLang}>
              <RichText text={step.noSettingLink} />
            </span>
          </p>
        )}
        <ul className="official-links">
          {step.officialLinks.map((link) => (
            <li key={link.url} data-link-kind={link.kind}>
              <span className="link-kind">{t(LINK_KIND_MESSAGE[link.kind])}</span>
              <a className="button official-link" href={link.url} hrefLang={link.hrefLang} target="_blank" rel="noopener noreferrer" lang={contentLang}>
                {link.label}
                <span aria-hidden="true"> ↗</span>
                <span className="visually-hidden" lang={contentLang ? locale : undefined}>
                  {' '}
                  {t('opensInNewTab')}
                </span>
              </a>
            </li>
          ))}
        </ul>
      </section>

      {step.kind === 'data-download' && platform.timings.dataFileAvailableDays && (
        <Suspense>
          <DataFileReminder platform={platform.slug} platformName={platform.name} availableDays={platform.timings.dataFileAvailableDays} />
        </Suspense>
      )}
      {step.kind === 'deletion' && platform.timings.deletionGraceDays && (
        <Suspense>
          <StartCountdown platform={platform.slug} platformName={platform.name} graceDays={platform.timings.deletionGraceDays} />
        </Suspense>
      )}

      <StepActions route={route} step={step.slug} />

      <footer className="sources">
        <p>
          <strong className="checked-on">
            {t.rich('checkedOn', { date: checkedOn, time: (chunks) => <time dateTime={step.lastVerified}>{chunks}</time> })}
          </strong>{' '}
          <span className="verified-against" data-verified-against={step.verifiedAgainst}>
            {t(step.verifiedAgainst === 'official' ? 'checkedOfficial' : 'checkedSecondary', { platform: platform.name })}
          </span>{' '}
          {t('menusChange')}
        </p>
        <h2 className="sources-heading">{t('sources')}</h2>
        <ul>
          {step.sources.map((source) => (
            <li key={source.url} data-source-kind={source.kind}>
              <a href={source.url} rel="noopener noreferrer">
                {source.label}
              </a>{' '}
              <span className="muted">({t(source.kind === 'official' ? 'sourceOfficial' : 'sourceSecondary')})</span>
            </li>
          ))}
        </ul>
        <ReportProblem platform={platform.slug} step={step.slug} />
      </footer>
    </article>
    </NextIntlClientProvider>
  );
}

function BulletList({ items, lang }: { items: string[]; lang: string | undefined }) {
  return (
    <ul lang={lang}>
      {items.map((item) => (
        <li key={item}>
          <RichText text={item} />
        </li>
      ))}
    </ul>
  );
}

async function HowTo({ device, step }: { device: Device; step: LocalizedStep }) {
  const t = await getTranslations('step');
  const howTo: DeviceHowTo = step.howTo[device];
  const label = DEVICE_LABELS[device];
  const lang = step.fallback ? step.language : undefined;
  if (!howTo.available) {
    return (
      <>
        <h3>{t('onDevice', { device: label })}</h3>
        <p>
          <strong>{t('notAvailableOn', { device: label })}</strong>{' '}
          <span lang={lang}>
            <RichText text={howTo.reason} />
          </span>
        </p>
      </>
    );
  }
  return (
    <>
      <h3>{t('onDevice', { device: label })}</h3>
      <ol className="how-to-steps" lang={lang}>
        {howTo.steps.map((instruction) => (
          <li key={instruction}>
            <RichText text={instruction} />
          </li>
        ))}
      </ol>
      {howTo.note && (
        <p className="muted" lang={lang}>
          <RichText text={howTo.note} />
        </p>
      )}
    </>
  );
}
