/** French texts of the funds pages (the reference: en/funds.ts has the same shape). */
export const funds = {};
