/** French texts of the account pages (the reference: en/account.ts has the same shape). */
export const account = {};
