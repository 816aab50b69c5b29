import type { ComponentChildren } from 'preact';
import { Link } from 'wouter-preact';
import { communeName } from '../../format/index.js';
import { useMessages } from '../../i18n/locale.js';
import { useParticipation } from './use-round.js';

/** Its children for residents of the round's communes; otherwise, how to take part or why not. */
export function Participation({
  communes,
  children,
}: {
  communes: string[];
  children: ComponentChildren;
}) {
  const t = useMessages().rounds.detail;
  const who = useParticipation(communes);
  if (who === 'eligible') return <>{children}</>;
  if (who === 'not-eligible')
    return <p class="panel">{t.notEligible(communes.map(communeName).join(', '))}</p>;
  const back = encodeURIComponent(location.pathname);
  return (
    <p class="panel">
      <Link href={`/sign-in?next=${back}`} class="button button--primary">
        {t.signInTo}
      </Link>
    </p>
  );
}
