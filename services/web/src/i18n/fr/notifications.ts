/** French texts of the notifications pages (the reference: en/notifications.ts has the same shape). */
export const notifications = {};
