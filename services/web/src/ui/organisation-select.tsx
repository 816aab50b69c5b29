import { SelectField } from './select-field.js';

export interface NamedOrganisation {
  id: string;
  name: string;
}

interface OrganisationSelectProps {
  label: string;
  /** The first option's text, for the value '' ("choose one", or "myself"). */
  placeholder: string;
  value: string;
  onValue: (value: string) => void;
  organisations: readonly NamedOrganisation[];
  hint?: string | undefined;
  error?: string | undefined;
}

/** Organisations to choose from, by id, after a first option that stands for none of them. */
export function OrganisationSelect({ organisations, ...props }: OrganisationSelectProps) {
  const choices = organisations.map((o) => ({ value: o.id, label: o.name }));
  return <SelectField {...props} choices={choices} />;
}

type OnBehalfOfProps = Omit<OrganisationSelectProps, 'placeholder' | 'error'> & {
  /** The first option's text: acting as myself (the value ''). */
  myself: string;
};

/**
 * "As myself, or for an organisation I act for": the value is '' for myself, else the
 * organisation's id. Nothing to choose, so nothing shown, for someone who acts for none.
 */
export function OnBehalfOf({ myself, ...props }: OnBehalfOfProps) {
  if (props.organisations.length === 0) return null;
  return <OrganisationSelect placeholder={myself} {...props} />;
}
