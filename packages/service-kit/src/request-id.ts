import type { RequestHandler } from 'express';
import { newId } from '@fabrique/contracts';

const HEADER = 'x-request-id';
// Accept a caller's id only if it is short and harmless to log.
const ACCEPTABLE = /^[A-Za-z0-9._:-]{1,100}$/;

/** Takes the caller's X-Request-Id (the gateway's) or makes one; pino-http logs it as req.id. */
export const requestId: RequestHandler = (req, res, next) => {
  const given = req.get(HEADER);
  const id = given && ACCEPTABLE.test(given) ? given : newId();
  req.id = id;
  res.setHeader('X-Request-Id', id);
  next();
};
