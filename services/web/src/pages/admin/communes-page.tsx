import { COMMUNES_KEY, useCommunes, type Commune } from '../../api/communes.js';
import { ArchiveButton } from '../../ui/archive-button.js';
import { useMessages } from '../../i18n/locale.js';
import { QueryState } from '../../ui/query-state.js';
import { AdminPage, CoordinatorsOnly } from './admin-page.js';
import { CommuneForm } from './commune-form.js';

function CommuneTable({ communes }: { communes: Commune[] }) {
  const { communes: t, archiving } = useMessages().admin;
  const actions = archiving.actions;
  return (
    <div class="table-scroll">
      <table>
        <caption class="visually-hidden">{t.listHeading}</caption>
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.postalCode}</th>
            <th scope="col">{t.id}</th>
            <th scope="col">{actions}</th>
          </tr>
        </thead>
        <tbody>
          {communes.map((commune) => (
            <tr key={commune.id}>
              <th scope="row">{commune.name}</th>
              <td>{commune.postalCode}</td>
              <td>
                <code>{commune.id}</code>
              </td>
              <td>
                <ArchiveButton
                  path={`/api/communes/${encodeURIComponent(commune.id)}/archive`}
                  name={commune.name}
                  queryKey={COMMUNES_KEY}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Communes() {
  const t = useMessages().admin.communes;
  const communes = useCommunes();
  return (
    <AdminPage title={t.title}>
      <p>{t.intro}</p>
      <h2>{t.listHeading}</h2>
      <QueryState query={communes} isEmpty={(data) => data.length === 0} empty={t.empty}>
        {(data) => <CommuneTable communes={data} />}
      </QueryState>
      <h2>{t.addHeading}</h2>
      <CommuneForm />
    </AdminPage>
  );
}

/** The network's member communes, and adding one. */
export default function CommunesPage() {
  return (
    <CoordinatorsOnly>
      <Communes />
    </CoordinatorsOnly>
  );
}
