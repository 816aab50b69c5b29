import type { ComponentChildren } from 'preact';
import { Link } from 'wouter-preact';
import { useMessages } from '../../i18n/locale.js';
import { Page } from '../../ui/page.js';
import { RequireSession } from '../../ui/require-session.js';
import './admin.css';

/** Coordinators only: everyone else gets the sign-in prompt or the "other roles" message. */
export function CoordinatorsOnly({ children }: { children: ComponentChildren }) {
  return <RequireSession roles={['coordinator']}>{children}</RequireSession>;
}

/** An admin page: its title, a way back to the hub, and its content. */
export function AdminPage({ title, children }: { title: string; children: ComponentChildren }) {
  const { admin } = useMessages();
  return (
    <Page title={title}>
      <p class="admin-back">
        <Link href="/admin">{admin.backToHub}</Link>
      </p>
      {children}
    </Page>
  );
}
