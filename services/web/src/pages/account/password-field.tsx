import { useState } from 'preact/hooks';
import { useMessages } from '../../i18n/locale.js';
import { Field } from '../../ui/field.js';

interface PasswordFieldProps {
  value: string;
  onValue: (value: string) => void;
  autoComplete: 'new-password' | 'current-password';
  hint?: string | undefined;
  error?: string | undefined;
  /** « Mot de passe » unless said otherwise (« Mot de passe actuel »…). */
  label?: string | undefined;
}

/** A password input with a show/hide switch: typing blind on a phone is where mistakes happen. */
export function PasswordField(props: PasswordFieldProps) {
  const { value, onValue, autoComplete, hint, error, label } = props;
  const { account } = useMessages();
  const [visible, setVisible] = useState(false);
  return (
    <Field label={label ?? account.fields.password} hint={hint} error={error}>
      {(wiring) => (
        <div class="password-input">
          <input
            {...wiring}
            type={visible ? 'text' : 'password'}
            name={autoComplete === 'new-password' ? 'new-password' : 'password'}
            autoComplete={autoComplete}
            autoCapitalize="off"
            spellcheck={false}
            required
            value={value}
            onInput={(e) => onValue((e.target as HTMLInputElement).value)}
          />
          <button type="button" aria-controls={wiring.id} onClick={() => setVisible(!visible)}>
            {visible ? account.hidePassword : account.showPassword}
            <span class="visually-hidden"> {account.passwordWord}</span>
          </button>
        </div>
      )}
    </Field>
  );
}
