import type { ComponentProps } from 'preact';
import { TextField } from './field.js';

type AmountFieldProps = Omit<ComponentProps<typeof TextField>, 'inputMode' | 'autoComplete'>;

/**
 * An amount in euros as people type it (« 1 200,50 »): a text field with the decimal keypad
 * and no autofill; read it with `parseEuros` (format/money.ts). Label, hint and error come from
 * the caller's messages, the « € » with them.
 */
export function AmountField(props: AmountFieldProps) {
  return <TextField {...props} inputMode="decimal" autoComplete="off" />;
}
