import { defineErrors } from '@fabrique/contracts';

/** Error codes of the funds service, defined once (stable: clients match on them). */
export const fundErrors = defineErrors({
  FUND_NOT_FOUND: { status: 404, title: 'No such fund' },
  FUND_EXISTS: { status: 409, title: 'A fund with this id already exists' },
  FUND_ARCHIVED: { status: 409, title: 'This fund is archived: nothing new is recorded in it' },
  ORGANISATION_ARCHIVED: { status: 409, title: 'This organisation is archived' },
  INVALID_SHARES: { status: 422, title: 'At least one category needs a share of the target' },
  INVALID_PERIOD: {
    status: 422,
    title: 'The period must end after it starts, within three years',
  },
  OUTSIDE_PERIOD: { status: 422, title: 'This date is outside the fund’s period' },
  ORGANISATION_NOT_FOUND: { status: 404, title: 'No such organisation' },
  NOT_A_MEMBER: { status: 403, title: 'You do not act for this organisation' },
  EMAIL_NOT_VERIFIED: {
    status: 403,
    title: 'Confirm your email address first (the link sent when you signed up)',
  },
  REFERENCE_REQUIRED: {
    status: 422,
    title: 'Give a receipt reference or an Idempotency-Key, so that it is recorded once',
  },
  DECLARATION_TOO_LARGE: {
    status: 422,
    title: 'One declaration is limited in size: the treasurer records larger sums',
  },
  TOO_MANY_DECLARATIONS: {
    status: 409,
    title: 'Too many of your declarations are waiting for the treasurer in this fund',
  },
  DECLARATION_NOT_FOUND: { status: 404, title: 'No such declaration' },
  DECLARATION_DECIDED: { status: 409, title: 'This declaration was already confirmed or rejected' },
  RECEIPT_ALREADY_RECORDED: {
    status: 409,
    title: 'This receipt is already in the ledger: reject the declaration instead',
  },
  STATEMENT_UNREADABLE: { status: 422, title: 'This bank statement cannot be read' },
  ENTRY_NOT_FOUND: { status: 404, title: 'No such ledger entry' },
  NOT_REVERSIBLE: { status: 409, title: 'A reversal cannot itself be reversed' },
  ALREADY_REVERSED: { status: 409, title: 'This entry was already reversed' },
  UNKNOWN_LINE_ITEM: { status: 422, title: 'No such budget line in this fund' },
  EXPENSE_NOT_FOUND: { status: 404, title: 'No such expense' },
  OVER_BUDGET: {
    status: 422,
    title: 'Beyond the budget line or the money available: approve with an override reason',
  },
  EXPENSE_DECIDED: { status: 409, title: 'This expense was already approved or rejected' },
  NOT_ALLOWED: { status: 403, title: 'You may not see or do this' },
  INVALID_ROUND: { status: 422, title: 'This round cannot be run as described' },
  BALLOT_INVALID: { status: 422, title: 'This ballot does not follow the round’s rules' },
  ABOVE_ENVELOPE: {
    status: 422,
    title: 'A project costs at most the round’s envelope (and its commune’s, when split)',
  },
  NOT_ALL_REVIEWED: {
    status: 409,
    title: 'Every proposal is reviewed before the vote opens',
  },
  WRONG_PHASE: { status: 409, title: 'Not possible in the round’s current phase' },
  NOT_ELIGIBLE: { status: 403, title: 'Only residents of the round’s communes take part' },
  ROUND_NOT_FOUND: { status: 404, title: 'No such round' },
  BALLOT_NOT_FOUND: { status: 404, title: 'You have not voted in this round yet' },
  PROPOSAL_NOT_FOUND: { status: 404, title: 'No such proposal' },
  NOT_YOUR_PROPOSAL: { status: 403, title: 'Only its author may change a proposal' },
});
