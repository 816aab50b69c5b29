/** French texts of the rounds pages (the reference: en/rounds.ts has the same shape). */
export const rounds = {};
