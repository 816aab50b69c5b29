/** French texts of the admin pages (the reference: en/admin.ts has the same shape). */
export const admin = {};
