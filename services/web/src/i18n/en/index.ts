import { account } from './account.js';
import { admin } from './admin.js';
import { bookings } from './bookings.js';
import { catalogue } from './catalogue.js';
import { common } from './common.js';
import { declarations } from './declarations.js';
import { emailChange } from './email-change.js';
import { errors } from './errors.js';
import { funds } from './funds.js';
import { host } from './host.js';
import { notifications } from './notifications.js';
import { produced } from './produced.js';
import { security } from './security.js';
import { verification } from './verification.js';
import { rounds } from './rounds.js';
import { volunteering } from './volunteering.js';

import type { Messages } from '../messages.js';

export const messages: Messages = {
  common,
  errors,
  catalogue,
  bookings,
  account,
  notifications,
  rounds,
  host,
  funds,
  declarations,
  volunteering,
  produced,
  security,
  emailChange,
  verification,
  admin,
};
