import { passwordWeakness } from './password-policy.js';

const person = { email: 'marie.curie@example.org', displayName: 'Marie Curie' };

describe('password policy', () => {
  it.each([
    ['short', /at least 12/, /au moins 12 caractères/],
    ['qwerty123456', /common passwords/, /mots de passe courants/],
    ['AZERTY123456', /common passwords/, /mots de passe courants/],
    ['aaaaaaaaaaaaaaaa', /different characters/, /caractères plus variés/],
    ['marie.curie@example.org', /email/, /adresse e-mail/],
    ['ma marie.curie à moi', /email/, /adresse e-mail/],
    ['je suis Marie Curie !', /name/, /votre nom/],
    ['x'.repeat(257), /at most 256/, /au plus 256/],
  ])('refuses %j', (password, english, french) => {
    const reason = passwordWeakness(password, person);
    expect(reason?.en).toMatch(english);
    expect(reason?.fr).toMatch(french);
  });

  it.each([
    'le four à pain de Saint-Laurent',
    'correct horse battery staple',
    'Réparer plutôt que jeter 2026',
  ])('accepts the passphrase %j', (password) => {
    expect(passwordWeakness(password, person)).toBeUndefined();
  });
});
