import { useQuery } from '@tanstack/preact-query';
import { Link } from 'wouter-preact';
import { formatDate } from '../../format/index.js';
import { useLocale } from '../../i18n/locale.js';
import { Page } from '../../ui/page.js';
import { QueryState } from '../../ui/query-state.js';
import { RequireSession } from '../../ui/require-session.js';
import { VerifyEmailBanner } from '../../ui/verify-email-banner.js';
import { fetchMe, ME_KEY, type Me } from './api.js';
import { DeleteAccount } from './delete-account.js';
import { DownloadData } from './download-data.js';
import { ProfileForm } from './profile-form.js';
import { SecuritySection } from './security-section.js';
import './account.css';

function Roles({ me }: { me: Me }) {
  const { account } = useLocale().m;
  return (
    <section aria-labelledby="roles-title">
      <h2 id="roles-title">{account.profile.roles}</h2>
      <ul>
        {me.roles.map((role) => (
          <li key={role}>{account.profile.roleNames[role]}</li>
        ))}
      </ul>
    </section>
  );
}

function Profile({ me }: { me: Me }) {
  const { locale, m } = useLocale();
  const { profile } = m.account;
  return (
    <>
      <section aria-labelledby="details-title">
        <h2 id="details-title">{profile.details}</h2>
        <dl class="account-details">
          <dt>{profile.emailLabel}</dt>
          <dd>
            {me.email}
            <br />
            <span class="muted">{profile.emailNote}</span>
          </dd>
        </dl>
        <p class="muted">{profile.memberSince(formatDate(me.createdAt, locale))}</p>
        <ProfileForm me={me} />
      </section>
      <Roles me={me} />
      <SecuritySection me={me} />
      <p>
        <Link href="/notifications/preferences">{profile.notifications}</Link>
      </p>
      <DownloadData />
      <DeleteAccount />
    </>
  );
}

function MyAccount() {
  const { account } = useLocale().m;
  const me = useQuery({ queryKey: ME_KEY, queryFn: fetchMe });
  return (
    <Page title={account.profile.title}>
      <VerifyEmailBanner />
      <QueryState query={me}>{(data) => <Profile me={data} />}</QueryState>
    </Page>
  );
}

/** « Mon compte »: my details, my roles, my data, and the way to leave. */
export default function ProfilePage() {
  return (
    <RequireSession>
      <MyAccount />
    </RequireSession>
  );
}
