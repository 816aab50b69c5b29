import type { ComponentChildren } from 'preact';
import { Link } from 'wouter-preact';
import { hasRole, useSession, type Role } from '../api/session.js';
import { useMessages } from '../i18n/locale.js';
import { Page } from './page.js';

/** Shows its children to signed-in people (with one of `roles` if given), a way in to others. */
export function RequireSession({
  roles,
  children,
}: {
  roles?: Role[];
  children: ComponentChildren;
}) {
  const session = useSession();
  const { common } = useMessages();
  if (!session) {
    const back = encodeURIComponent(location.pathname + location.search);
    return (
      <Page title={common.signInNeeded.title}>
        <p>{common.signInNeeded.body}</p>
        <p>
          <Link href={`/sign-in?next=${back}`} class="button button--primary">
            {common.nav.signIn}
          </Link>{' '}
          <Link href="/sign-up">{common.nav.signUp}</Link>
        </p>
      </Page>
    );
  }
  if (roles && !hasRole(session, ...roles))
    return (
      <Page title={common.forbiddenTitle}>
        <p>{common.forbidden}</p>
      </Page>
    );
  return <>{children}</>;
}
