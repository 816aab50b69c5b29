import type { Connection } from 'mongoose';
import { idempotencyModel } from '@fabrique/service-kit';
import { accountModel } from './account.store.js';
import { communeModel } from './commune.store.js';
import { emailKeyModel } from './email-key.store.js';
import { loginFailureModel } from './login-failure.store.js';
import { organisationModels } from './organisation.store.js';
import { refreshTokenModels } from './refresh-token.store.js';
import { accountLinkModel } from './account-link.store.js';
import { signingKeyModel } from './signing-key.store.js';

/** Every collection of the accounts database. */
export function accountsModels(connection: Connection) {
  return {
    accounts: accountModel(connection),
    communes: communeModel(connection),
    ...organisationModels(connection),
    refreshTokens: refreshTokenModels(connection),
    loginFailures: loginFailureModel(connection),
    signingKeys: signingKeyModel(connection),
    idempotency: idempotencyModel(connection),
    emailKeys: emailKeyModel(connection),
    accountLinks: accountLinkModel(connection),
  };
}

export type AccountsModels = ReturnType<typeof accountsModels>;
