/**
 * API problem codes as plain sentences (every service's codes; see their domain/errors.ts).
 * A code missing here falls back to `fallback`.
 */
export const errors: Record<string, string> & { fallback: string; network: string; field: string } =
  {
    fallback: 'Cela n’a pas marché. Réessayez dans un instant.',
    network: 'Le serveur ne répond pas. Vérifiez votre connexion, puis réessayez.',
    field: 'Cette valeur n’est pas acceptée.',
  };
