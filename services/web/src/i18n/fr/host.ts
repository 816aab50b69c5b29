/** French texts of the host pages (the reference: en/host.ts has the same shape). */
export const host = {};
