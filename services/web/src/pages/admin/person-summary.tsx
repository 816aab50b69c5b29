import { communeName, formatDate } from '../../format/index.js';
import { useLocale } from '../../i18n/locale.js';
import type { Person } from './api.js';

/** Who was found: enough to be sure it is the right person. */
export function PersonSummary({ person }: { person: Person }) {
  const { locale, m } = useLocale();
  const t = m.admin.people;
  return (
    <div class="panel">
      <p>
        <strong>{person.displayName}</strong>
        <br />
        {person.email}
        <br />
        {communeName(person.commune)}
        <br />
        {t.since(formatDate(person.createdAt, locale))}
      </p>
      <ul class="admin-pills" aria-label={t.rolesHeading}>
        {person.roles.map((role) => (
          <li key={role} class="pill">
            {t.roles[role]}
          </li>
        ))}
      </ul>
    </div>
  );
}
