/** French texts of the bookings pages (the reference: en/bookings.ts has the same shape). */
export const bookings = {};
