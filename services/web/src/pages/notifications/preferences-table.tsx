import { useMessages } from '../../i18n/locale.js';
import type { KindChoice, NotificationKind } from './api.js';
import type { Channel } from './preferences.js';

interface TableProps {
  kinds: KindChoice[];
  draft: Partial<Record<NotificationKind, Record<Channel, boolean>>>;
  onToggle: (kind: NotificationKind, channel: Channel, on: boolean) => void;
}

const CHANNELS: Channel[] = ['email', 'inApp'];

function KindName({ choice }: { choice: KindChoice }) {
  const t = useMessages().notifications;
  const note = choice.essential ? t.preferences.essential : t.notes[choice.kind];
  return (
    <th scope="row">
      {t.kinds[choice.kind] ?? choice.kind}
      {note && <p class="hint">{note}</p>}
    </th>
  );
}

/** A row per kind, a checkbox per channel; each box is named after its column and row. */
export function PreferencesTable({ kinds, draft, onToggle }: TableProps) {
  const t = useMessages().notifications;
  return (
    <div class="table-scroll">
      <table class="preferences-table">
        <thead>
          <tr>
            <th scope="col">{t.preferences.kind}</th>
            <th scope="col">{t.preferences.email}</th>
            <th scope="col">{t.preferences.inApp}</th>
          </tr>
        </thead>
        <tbody>
          {kinds.map((choice) => (
            <tr key={choice.kind}>
              <KindName choice={choice} />
              {CHANNELS.map((channel) => (
                <td key={channel}>
                  <label class="check-cell">
                    <input
                      type="checkbox"
                      checked={choice.essential || (draft[choice.kind]?.[channel] ?? false)}
                      disabled={choice.essential}
                      onChange={(e) =>
                        onToggle(choice.kind, channel, (e.target as HTMLInputElement).checked)
                      }
                    />
                    <span class="visually-hidden">
                      {t.preferences.checkbox(
                        t.preferences[channel],
                        t.kinds[choice.kind] ?? choice.kind,
                      )}
                    </span>
                  </label>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
