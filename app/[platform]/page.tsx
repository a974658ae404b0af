import type { Metadata } from 'next';
import { IntentLink as Link } from '@/app/_components/intent-link';
import { notFound } from 'next/navigation';
import { FLOW_IDS, getPlatform, getPlatforms, type Platform } from '@/lib/content';
import { sharedSteps, toPlatformRoute } from '@/lib/progress/paths';
import { StepStatusBadge } from '../_components/step-status-badge';
import { BookmarkButton } from './_components/bookmark-button';
import { ChecklistProgress } from './_components/checklist-progress';
import { PathTag } from './_components/path-tag';

export const dynamicParams = false;

export function generateStaticParams() {
  return getPlatforms().map((platform) => ({ platform: platform.slug }));
}

type Props = { params: Promise<{ platform: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const platform = getPlatform((await params).platform);
  if (!platform) return {};
  return { title: `${platform.name} checklist`, description: platform.tagline };
}

export default async function ChecklistPage({ params }: Props) {
  const platform = getPlatform((await params).platform);
  if (!platform) notFound();

  const route = toPlatformRoute(platform);
  const shared = sharedSteps(route);
  const sections = [
    { id: 'back-up', title: 'First, back up', steps: shared, flow: undefined },
    ...FLOW_IDS.map((id, index) => ({
      id,
      title: `${index === 0 ? 'Then' : 'Or'}: ${platform.flows[id].title}`,
      steps: platform.flows[id].steps.filter((slug) => !shared.includes(slug)),
      flow: id,
    })),
  ];

  return (
    <>
      <p className="eyebrow">Checklist</p>
      <h1 tabIndex={-1}>{platform.name}</h1>
      <p className="lede">{platform.tagline}</p>
      <BookmarkButton platform={platform.slug} name={`${platform.name} checklist`} />
      <ChecklistProgress route={route} />
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`${section.id}-heading`}>
          <h2 id={`${section.id}-heading`}>
            {section.title} {section.flow && <PathTag platform={platform.slug} flow={section.flow} />}
          </h2>
          <StepList platform={platform} steps={section.steps} />
        </section>
      ))}
    </>
  );
}

function StepList({ platform, steps }: { platform: Platform; steps: string[] }) {
  return (
    <ol className="step-list">
      {steps.map((slug) => {
        const step = platform.steps.find((candidate) => candidate.slug === slug);
        if (!step) return null;
        return (
          <li key={slug}>
            <div>
              <Link href={`/${platform.slug}/${slug}`}>{step.title}</Link>
              <p>
                {step.summary} About {step.minutes} {step.minutes === 1 ? 'minute' : 'minutes'}.
              </p>
            </div>
            <StepStatusBadge platform={platform.slug} step={slug} />
          </li>
        );
      })}
    </ol>
  );
}
