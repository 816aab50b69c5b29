import { Link } from 'wouter-preact';
import { useMessages } from '../../i18n/locale.js';
import { Page } from '../../ui/page.js';
import { CoordinatorsOnly } from './admin-page.js';
import { ReconciliationPanel } from './reconciliation.js';
import './admin.css';

type HubLink =
  'communes' | 'venues' | 'people' | 'organisations' | 'deadLetters' | 'funds' | 'rounds';

const NETWORK: [HubLink, string][] = [
  ['communes', '/admin/communes'],
  ['venues', '/admin/venues'],
  ['people', '/admin/people'],
  ['organisations', '/admin/organisations'],
  ['deadLetters', '/admin/dead-letters'],
];
// Expense approvals, the ledger export and voting rounds live on the fund and rounds pages.
const MONEY: [HubLink, string][] = [
  ['funds', '/funds'],
  ['rounds', '/rounds'],
];

function HubLinks({ links }: { links: [HubLink, string][] }) {
  const texts = useMessages().admin.hub.links;
  return (
    <ul class="cards">
      {links.map(([key, href]) => (
        <li key={key} class="card admin-hub-card">
          <h3>
            <Link href={href}>{texts[key].title}</Link>
          </h3>
          <p class="muted">{texts[key].body}</p>
        </li>
      ))}
    </ul>
  );
}

function Hub() {
  const { hub } = useMessages().admin;
  return (
    <Page title={hub.title}>
      <p>{hub.intro}</p>
      <h2>{hub.networkHeading}</h2>
      <HubLinks links={NETWORK} />
      <h2>{hub.moneyHeading}</h2>
      <HubLinks links={MONEY} />
      <ReconciliationPanel />
    </Page>
  );
}

/** The coordinators' hub: every administration page, and the funds' health at a glance. */
export default function HubPage() {
  return (
    <CoordinatorsOnly>
      <Hub />
    </CoordinatorsOnly>
  );
}
