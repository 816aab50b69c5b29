// Accounts, roles, town halls and businesses. Every step looks first or accepts "already
// there", so that a seed interrupted half-way resumes without duplicating anything.
import { BUSINESSES, DEMO_PASSWORD, MEMBERSHIPS, PEOPLE, TOWN_HALLS } from './people.mjs';

async function register(api, person) {
  const answer = await api.post(
    '/api/accounts',
    {
      email: person.email,
      password: DEMO_PASSWORD,
      displayName: person.name,
      commune: person.commune,
      locale: 'fr',
    },
    { accept: ['EMAIL_TAKEN'] },
  );
  return answer.problem ? undefined : answer.id;
}

async function idByEmail(api, token, email) {
  const { items } = await api.get(`/api/accounts?email=${encodeURIComponent(email)}`, { token });
  if (!items[0]) throw new Error(`demo account ${email} not found after registration`);
  return items[0].id;
}

/**
 * The first coordinator can only come from the administration command (documented in the
 * README); every other role is granted by that coordinator through the API.
 */
async function signInCoordinator(ctx) {
  const coordinator = PEOPLE.find((p) => p.key === 'coordinator');
  await register(ctx.api, coordinator);
  await ctx.admin('grant-role', coordinator.email, 'coordinator');
  return ctx.api.signIn(coordinator.email, DEMO_PASSWORD);
}

async function registerEveryone(ctx, token) {
  const ids = new Map();
  for (const person of PEOPLE) {
    const id = (await register(ctx.api, person)) ?? (await idByEmail(ctx.api, token, person.email));
    ids.set(person.key, id);
    const roles = person.roles.filter((role) => role !== 'coordinator');
    if (roles.length > 0)
      await ctx.api.post(`/api/accounts/${id}/roles`, { grant: roles }, { token });
  }
  return ids;
}

async function organisations(ctx, token) {
  const known = new Map(
    (await ctx.api.get('/api/organisations?limit=500')).items.map((org) => [org.name, org.id]),
  );
  const ids = new Map();
  for (const org of [...TOWN_HALLS, ...BUSINESSES]) {
    const { name, kind, commune } = org;
    const id =
      known.get(name) ??
      (await ctx.api.post('/api/organisations', { name, kind, commune }, { token })).id;
    ids.set(org.key, id);
  }
  return ids;
}

/** People, roles and organisations; answers the ids by key and the coordinator's token. */
export async function seedPeople(ctx) {
  const token = await signInCoordinator(ctx);
  const people = await registerEveryone(ctx, token);
  // Demo addresses receive no mail: vouched for, as a coordinator would for someone in person.
  await ctx.admin('verify-email', ...PEOPLE.map((p) => p.email));
  ctx.log(`${people.size} accounts (coordinator, hosts, funders, residents)`);
  const orgs = await organisations(ctx, token);
  for (const { organisation, person } of MEMBERSHIPS) {
    const path = `/api/organisations/${orgs.get(organisation)}/members/${people.get(person)}`;
    await ctx.api.put(path, undefined, { token });
  }
  ctx.log(`${TOWN_HALLS.length} town halls and ${BUSINESSES.length} businesses as funders`);
  return { token, people, orgs };
}
