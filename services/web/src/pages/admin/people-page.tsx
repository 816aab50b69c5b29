import { useLocale } from '../../i18n/locale.js';
import { AdminPage, CoordinatorsOnly } from './admin-page.js';
import { PersonSearch } from './person-search.js';
import { PersonSummary } from './person-summary.js';
import { RolesForm } from './roles-form.js';

function People() {
  const t = useLocale().m.admin.people;
  return (
    <AdminPage title={t.title}>
      <p>{t.intro}</p>
      <h2>{t.searchHeading}</h2>
      <PersonSearch>
        {(person) => (
          <>
            <PersonSummary person={person} />
            <h2>{t.rolesHeading}</h2>
            <RolesForm key={person.id} person={person} />
          </>
        )}
      </PersonSearch>
    </AdminPage>
  );
}

/** Finding a person by email and choosing their roles. */
export default function PeoplePage() {
  return (
    <CoordinatorsOnly>
      <People />
    </CoordinatorsOnly>
  );
}
