import { passwordWeakness } from './password-policy.js';

const person = { email: 'marie.curie@example.org', displayName: 'Marie Curie' };

describe('password policy', () => {
  it.each([
    ['short', /at least 12/],
    ['qwerty123456', /common passwords/],
    ['AZERTY123456', /common passwords/],
    ['aaaaaaaaaaaaaaaa', /different characters/],
    ['marie.curie@example.org', /email/],
    ['ma marie.curie à moi', /email/],
    ['je suis Marie Curie !', /name/],
    ['x'.repeat(257), /at most 256/],
  ])('refuses %j', (password, reason) => {
    expect(passwordWeakness(password, person)).toMatch(reason);
  });

  it.each([
    'le four à pain de Saint-Laurent',
    'correct horse battery staple',
    'Réparer plutôt que jeter 2026',
  ])('accepts the passphrase %j', (password) => {
    expect(passwordWeakness(password, person)).toBeUndefined();
  });
});
