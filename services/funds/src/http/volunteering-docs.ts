import { fundResponse, volunteeringResponse } from '@fabrique/contracts';
import type { RouteDoc } from '@fabrique/service-kit';
import { idParams, volunteeringQuery, volunteerRatesBody } from './schemas.js';

/** Volunteer time: what an hour given is worth to a fund, and a volunteer's own record. */
export const volunteeringDocs: RouteDoc[] = [
  {
    method: 'put',
    path: '/api/funds/{id}/volunteer-rates',
    params: idParams,
    summary:
      'Set what an hour of volunteering is worth, each rate from its date (replaces the list): emits funds.fund.volunteer-rates-set.v1',
    access: ['coordinator'],
    body: volunteerRatesBody,
    responses: { 200: { description: 'The fund with its rates', schema: fundResponse } },
  },
  {
    method: 'get',
    path: '/api/funds/volunteering/me',
    summary: 'The hours I volunteered in a year, session by session (mine only)',
    access: 'authenticated',
    query: volunteeringQuery,
    responses: { 200: { description: 'My year', schema: volunteeringResponse } },
  },
  {
    method: 'get',
    path: '/api/funds/volunteering/me.csv',
    summary: 'The hours I volunteered in a year, as CSV',
    access: 'authenticated',
    query: volunteeringQuery,
    responses: { 200: { description: 'text/csv' } },
  },
];
