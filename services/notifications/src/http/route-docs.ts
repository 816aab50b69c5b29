import {
  emailReplayResponse,
  failedEmailsResponse,
  inboxResponse,
  notificationPreferencesResponse,
} from '@fabrique/contracts';
import { opsRouteDocs, type RouteDoc } from '@fabrique/service-kit';
import { deadLettersQuery, inboxQuery, preferencesBody } from './schemas.js';

const done = { 204: { description: 'Done' } };
const html = (description: string) => ({
  200: { description, contentType: 'text/html' },
  404: { description: 'Not a valid link', contentType: 'text/html' },
});

/** The notifications service's public contract, from the schemas its routes validate with. */
export const routeDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/notifications',
    summary: 'My in-app notifications, unread first, with the unread count (the badge)',
    access: 'authenticated',
    query: inboxQuery,
    responses: { 200: { description: 'Notifications', schema: inboxResponse } },
    errors: ['BAD_CURSOR'],
  },
  {
    method: 'post',
    path: '/api/notifications/{id}/read',
    summary: 'Mark one of my notifications read',
    access: 'authenticated',
    responses: done,
    errors: ['NOTIFICATION_NOT_FOUND'],
  },
  {
    method: 'post',
    path: '/api/notifications/read-all',
    summary: 'Mark all my notifications read',
    access: 'authenticated',
    responses: done,
  },
  {
    method: 'get',
    path: '/api/notifications/preferences',
    summary: 'My choices, kind by kind and channel by channel (essential kinds stay on)',
    access: 'authenticated',
    responses: { 200: { description: 'Preferences', schema: notificationPreferencesResponse } },
  },
  {
    method: 'put',
    path: '/api/notifications/preferences',
    summary: 'Change some of my choices (kinds and channels left out keep theirs)',
    access: 'authenticated',
    body: preferencesBody,
    responses: { 200: { description: 'Preferences', schema: notificationPreferencesResponse } },
    errors: ['ESSENTIAL_KIND'],
  },
  {
    method: 'get',
    path: '/api/notifications/unsubscribe/{token}',
    summary: 'The page an email’s unsubscribe link opens (asks before doing anything)',
    access: 'public',
    responses: html('Confirmation page'),
  },
  {
    method: 'post',
    path: '/api/notifications/unsubscribe/{token}',
    summary: 'Unsubscribe from one kind by email (also RFC 8058 one-click)',
    access: 'public',
    responses: html('Done'),
  },
  {
    method: 'get',
    path: '/api/notifications/dead-letters',
    summary: 'Emails that failed every attempt, with the error and their status now',
    access: ['coordinator'],
    query: deadLettersQuery,
    responses: { 200: { description: 'Dead letters', schema: failedEmailsResponse } },
    errors: ['BAD_CURSOR'],
  },
  {
    method: 'post',
    path: '/api/notifications/dead-letters/{seq}/replay',
    summary: 'Send one dead-lettered email again',
    access: ['coordinator'],
    responses: { 200: { description: 'Replayed', schema: emailReplayResponse } },
    errors: ['DEAD_LETTER_NOT_FOUND'],
  },
  {
    method: 'post',
    path: '/api/notifications/dead-letters/replay',
    summary: 'Send every dead-lettered email again',
    access: ['coordinator'],
    responses: { 200: { description: 'Replayed', schema: emailReplayResponse } },
  },
  ...opsRouteDocs('notifications'),
];
