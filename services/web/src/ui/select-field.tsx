import type { JSX } from 'preact';
import { Field } from './field.js';

export interface Choice {
  value: string;
  label: string;
}

type SelectFieldProps = Omit<
  JSX.SelectHTMLAttributes<HTMLSelectElement>,
  'value' | 'onChange' | 'onInput' | 'label'
> & {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** The first option, for the value '': "choose one", "none", "myself"… */
  placeholder: string;
  choices: readonly Choice[];
  value: string;
  onValue: (value: string) => void;
};

/** A labelled select: a first option that stands for none of the choices, then the choices. */
export function SelectField(props: SelectFieldProps) {
  const { label, hint, error, placeholder, choices, value, onValue, ...select } = props;
  return (
    <Field label={label} hint={hint} error={error}>
      {(wiring) => (
        <select
          {...select}
          {...wiring}
          value={value}
          onChange={(e) => onValue((e.target as HTMLSelectElement).value)}
        >
          <option value="">{placeholder}</option>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
