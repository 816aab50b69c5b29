/** French texts of the catalogue pages (the reference: en/catalogue.ts has the same shape). */
export const catalogue = {};
