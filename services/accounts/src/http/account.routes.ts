import express, { type Router } from 'express';
import { newId } from '@fabrique/contracts';
import { parseInput } from '@fabrique/service-kit';
import { registerAccount, type Account } from '../domain/account.js';
import { hashPassword } from '../domain/password.js';
import { insertAccount, type AccountModel } from '../store/account.store.js';
import { registrationBody, type AccountView } from './account.schemas.js';

export interface AccountRoutesDeps {
  accounts: AccountModel;
  /** Tells the outbox relay that events are waiting. */
  eventsWritten: () => void;
}

function toView(account: Account): AccountView {
  const { id, email, displayName, commune, locale, roles, createdAt } = account;
  return { id, email, displayName, commune, locale, roles, createdAt: createdAt.toISOString() };
}

export function accountRoutes(deps: AccountRoutesDeps): Router {
  const router = express.Router();

  router.post('/', async (req, res) => {
    const body = parseInput(registrationBody, req.body);
    const passwordHash = await hashPassword(body.password);
    const { account, events } = registerAccount(
      body,
      { accountId: newId(), passwordHash },
      new Date(),
    );
    await insertAccount(deps.accounts, account, events);
    deps.eventsWritten();
    res.status(201).location(`/api/accounts/${account.id}`).json(toView(account));
  });

  return router;
}
