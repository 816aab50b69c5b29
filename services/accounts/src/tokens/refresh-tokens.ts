import { createHash, randomBytes } from 'node:crypto';
import { newId } from '@fabrique/contracts';
import { accountErrors } from '../domain/errors.js';
import type { RefreshTokenModels } from '../store/refresh-token.store.js';

const hash = (token: string) => createHash('sha256').update(token).digest('base64url');

export interface RefreshGrant {
  accountId: string;
  familyId: string;
}

/** A new opaque refresh token (256 random bits); a login starts a new family. */
export async function issueRefreshToken(
  models: RefreshTokenModels,
  grant: { accountId: string; familyId?: string },
  ttlSeconds: number,
  now: Date,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await models.live.create({
    _id: hash(token),
    familyId: grant.familyId ?? newId(),
    accountId: grant.accountId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + ttlSeconds * 1000),
  });
  return token;
}

/**
 * Exchanges a refresh token exactly once. The atomic `deleteOne` by id decides who used it;
 * a token presented after its exchange is a stolen copy or a replay (OAuth 2.0 Security BCP,
 * refresh token rotation): the whole family is revoked.
 */
export async function consumeRefreshToken(
  models: RefreshTokenModels,
  token: string,
  now: Date,
): Promise<RefreshGrant> {
  const id = hash(token);
  const live = await models.live.findById(id).lean();
  if (live && (await models.live.deleteOne({ _id: id })).deletedCount === 1) {
    await models.used.create({
      _id: id,
      familyId: live.familyId,
      accountId: live.accountId,
      usedAt: now,
    });
    if (live.expiresAt <= now)
      throw accountErrors.INVALID_REFRESH_TOKEN({
        fr: 'Le jeton de renouvellement a expiré.',
        en: 'The refresh token has expired.',
      });
    return { accountId: live.accountId, familyId: live.familyId };
  }
  const used = await models.used.findById(id).lean();
  if (used) {
    await models.live.deleteMany({ familyId: used.familyId });
    throw accountErrors.REFRESH_TOKEN_REUSED();
  }
  throw accountErrors.INVALID_REFRESH_TOKEN();
}

/** Logout: the family of this token ends. Unknown tokens are ignored (logout is idempotent). */
export async function revokeFamilyOf(models: RefreshTokenModels, token: string): Promise<void> {
  const live = await models.live.findById(hash(token)).lean();
  if (live) await models.live.deleteMany({ familyId: live.familyId });
}

export async function revokeAllOf(models: RefreshTokenModels, accountId: string): Promise<void> {
  await models.live.deleteMany({ accountId });
}

export async function sessionsOf(models: RefreshTokenModels, accountId: string) {
  const docs = await models.live
    .find({ accountId }, { _id: 0, familyId: 1, createdAt: 1, expiresAt: 1 })
    .lean();
  return docs.map(({ familyId, createdAt, expiresAt }) => ({ familyId, createdAt, expiresAt }));
}
