import { useQuery } from '@tanstack/preact-query';
import { communeName } from '../../format/index.js';
import { useMessages } from '../../i18n/locale.js';
import { ArchiveButton } from '../../ui/archive-button.js';
import { QueryState } from '../../ui/query-state.js';
import { AdminPage, CoordinatorsOnly } from './admin-page.js';
import { fetchOrganisations, KEYS, type Organisation } from './api.js';
import { Memberships } from './memberships.js';
import { OrganisationForm } from './organisation-form.js';
import { PersonSearch } from './person-search.js';
import { PersonSummary } from './person-summary.js';

function OrganisationTable({ organisations }: { organisations: Organisation[] }) {
  const { organisations: t, archiving } = useMessages().admin;
  return (
    <div class="table-scroll">
      <table>
        <caption class="visually-hidden">{t.listHeading}</caption>
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.kind}</th>
            <th scope="col">{t.commune}</th>
            <th scope="col">{archiving.actions}</th>
          </tr>
        </thead>
        <tbody>
          {organisations.map((o) => (
            <tr key={o.id}>
              <th scope="row">{o.name}</th>
              <td>{t.kinds[o.kind]}</td>
              <td>{o.commune ? communeName(o.commune) : t.noCommune}</td>
              <td>
                <ArchiveButton
                  path={`/api/organisations/${encodeURIComponent(o.id)}/archive`}
                  name={o.name}
                  queryKey={KEYS.organisations}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Organisations() {
  const t = useMessages().admin.organisations;
  const organisations = useQuery({ queryKey: KEYS.organisations, queryFn: fetchOrganisations });
  return (
    <AdminPage title={t.title}>
      <p>{t.intro}</p>
      <h2>{t.listHeading}</h2>
      <QueryState query={organisations} isEmpty={(data) => data.items.length === 0} empty={t.empty}>
        {(data) => <OrganisationTable organisations={data.items} />}
      </QueryState>
      <h2>{t.addHeading}</h2>
      <OrganisationForm />
      <h2>{t.membersHeading}</h2>
      <p>{t.membersIntro}</p>
      <PersonSearch>
        {(person) => (
          <>
            <PersonSummary person={person} />
            <Memberships person={person} organisations={organisations.data?.items ?? []} />
          </>
        )}
      </PersonSearch>
    </AdminPage>
  );
}

/** Funding organisations: the list, adding one, and who may act for each. */
export default function OrganisationsPage() {
  return (
    <CoordinatorsOnly>
      <Organisations />
    </CoordinatorsOnly>
  );
}
