import type { Metadata } from 'next';
import { IntentLink as Link } from '@/app/_components/intent-link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { DEVICE_LABELS, getPlatform, getPlatforms, getStep, type Device, type DeviceHowTo } from '@/lib/content';
import { toPlatformRoute } from '@/lib/progress/paths';
import { RichText } from '../../_components/rich-text';
import { DataFileReminder, StartCountdown } from './_components/step-extras';
import { DeviceInstructions } from './_components/device-instructions';
import { RecommendedFirst } from './_components/recommended-first';
import { StepActions } from './_components/step-actions';
import { StepPosition } from './_components/step-position';

export const dynamicParams = false;

export function generateStaticParams() {
  return getPlatforms().flatMap((platform) =>
    platform.steps.map((step) => ({ platform: platform.slug, step: step.slug })),
  );
}

type Props = { params: Promise<{ platform: string; step: string }> };

async function resolve(params: Props['params']) {
  const { platform: platformSlug, step: stepSlug } = await params;
  const platform = getPlatform(platformSlug);
  const step = platform && getStep(platform, stepSlug);
  return platform && step ? { platform, step } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await resolve(params);
  if (!found) return {};
  return { title: `${found.step.title} (${found.platform.name})`, description: found.step.summary };
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

export default async function StepPage({ params }: Props) {
  const found = await resolve(params);
  if (!found) notFound();
  const { platform, step } = found;

  const route = toPlatformRoute(platform);
  const recommended = step.recommendedBefore.map((slug) => ({ slug, title: route.stepTitles[slug] ?? slug }));

  return (
    <article>
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <Link href="/">Home</Link>
          </li>
          <li>
            <Link href={`/${platform.slug}`}>{platform.name} checklist</Link>
          </li>
          <li aria-current="page">{step.title}</li>
        </ol>
      </nav>
      <p className="eyebrow">
        <StepPosition route={route} step={step.slug} />
        About {step.minutes} {step.minutes === 1 ? 'minute' : 'minutes'}
      </p>
      <h1 tabIndex={-1}>{step.title}</h1>
      <p className="lede">{step.summary}</p>

      {recommended.length > 0 && <RecommendedFirst platform={platform.slug} steps={recommended} />}

      <section aria-labelledby="why-heading">
        <h2 id="why-heading">Why it matters</h2>
        {step.why.map((paragraph) => (
          <p key={paragraph}>
            <RichText text={paragraph} />
          </p>
        ))}
      </section>

      <section aria-labelledby="changes-heading">
        <h2 id="changes-heading">What changes</h2>
        <BulletList items={step.changes} />
        {step.unchanged.length > 0 && (
          <>
            <h3>What does not change</h3>
            <BulletList items={step.unchanged} />
          </>
        )}
      </section>

      {step.warnings.length > 0 && (
        <div className="callout" role="note" aria-labelledby="warnings-heading">
          <h2 id="warnings-heading" className="callout-heading">
            Watch out
          </h2>
          <BulletList items={step.warnings} />
        </div>
      )}

      <section aria-labelledby="how-heading">
        <h2 id="how-heading">How to do it</h2>
        <DeviceInstructions
          step={step.slug}
          panels={{
            ios: <HowTo device="ios" howTo={step.howTo.ios} />,
            android: <HowTo device="android" howTo={step.howTo.android} />,
            web: <HowTo device="web" howTo={step.howTo.web} />,
          }}
        />
        <h3>Official links</h3>
        <ul className="official-links">
          {step.officialLinks.map((link) => (
            <li key={link.url}>
              <a className="button" href={link.url} target="_blank" rel="noopener noreferrer">
                {link.label}
                <span aria-hidden="true"> ↗</span>
                <span className="visually-hidden"> (opens in a new tab)</span>
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
          Last reviewed on <time dateTime={step.lastVerified}>{dateFormat.format(new Date(step.lastVerified))}</time>{' '}
          against {platform.name}’s help pages and the sources below. Menus change often: if yours looks different,
          look for the words in bold.
        </p>
        <h2 className="sources-heading">Sources</h2>
        <ul>
          {step.sources.map((source) => (
            <li key={source.url}>
              <a href={source.url} rel="noopener noreferrer">
                {source.label}
              </a>
            </li>
          ))}
        </ul>
      </footer>
    </article>
  );
}

function BulletList({ items }: { items: string[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>
          <RichText text={item} />
        </li>
      ))}
    </ul>
  );
}

function HowTo({ device, howTo }: { device: Device; howTo: DeviceHowTo }) {
  const label = DEVICE_LABELS[device];
  if (!howTo.available) {
    return (
      <>
        <h3>{`On ${label}`}</h3>
        <p>
          <strong>Not available on {label}.</strong> <RichText text={howTo.reason} />
        </p>
      </>
    );
  }
  return (
    <>
      <h3>{`On ${label}`}</h3>
      <ol className="how-to-steps">
        {howTo.steps.map((instruction) => (
          <li key={instruction}>
            <RichText text={instruction} />
          </li>
        ))}
      </ol>
      {howTo.note && (
        <p className="muted">
          <RichText text={howTo.note} />
        </p>
      )}
    </>
  );
}
