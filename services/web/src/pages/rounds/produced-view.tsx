import { Link } from 'wouter-preact';
import { hasRole, useSession } from '../../api/session.js';
import { formatEuros, formatNumber } from '../../format/index.js';
import { useLocale } from '../../i18n/locale.js';
import type { ProjectProduced } from './api.js';

/** Where a coordinator creates the workshop that carries a winning project out. */
export const newWorkshopFor = (p: ProjectProduced) =>
  `/host/workshops/new?${new URLSearchParams({ project: p.proposalId, title: p.title })}`;

function ProjectCard({ project }: { project: ProjectProduced }) {
  const { locale, m } = useLocale();
  const t = m.produced;
  const coordinator = hasRole(useSession(), 'coordinator');
  const started = project.workshopIds.length > 0;
  return (
    <li class="panel">
      <h4>{project.title}</h4>
      {started ? (
        <p>
          {t.delivered(
            project.sessions,
            formatNumber(project.participantHours, locale, 1),
            project.attendees,
          )}
        </p>
      ) : (
        <p class="muted">{t.notStarted}</p>
      )}
      <p>
        {t.spent(
          formatEuros(project.spentCents, locale),
          formatEuros(project.allocationCents, locale),
        )}
      </p>
      {started && (
        <meter
          min={0}
          max={Math.max(project.allocationCents, 1)}
          value={project.spentCents}
          aria-label={t.spentLabel(project.title)}
        />
      )}
      {coordinator && <Link href={newWorkshopFor(project)}>{t.createWorkshop}</Link>}
    </li>
  );
}

/** « What your vote produced »: per winner, the sessions held and the money spent, so far. */
export function ProducedView({ produced }: { produced: ProjectProduced[] }) {
  const t = useLocale().m.produced;
  if (produced.length === 0) return null;
  return (
    <section aria-labelledby="produced-title">
      <h3 id="produced-title">{t.title}</h3>
      <p class="hint">{t.intro}</p>
      <ul class="produced-list">
        {produced.map((p) => (
          <ProjectCard key={p.proposalId} project={p} />
        ))}
      </ul>
    </section>
  );
}
