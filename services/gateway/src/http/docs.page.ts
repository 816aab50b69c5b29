import { createRequire } from 'node:module';
import { dirname } from 'node:path';

/** Where swagger-ui-dist's files are; resolved without loading its 1.5 MB bundle into node. */
export const swaggerUiDir = dirname(
  createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'),
);

const ASSETS = '/api/docs/assets';

/**
 * The docs page. Everything is served by the gateway itself (the machines have no internet,
 * and helmet's CSP allows scripts from our own origin only, hence no inline script).
 */
export const docsPage = `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Fabrique — API</title>
    <link rel="stylesheet" href="${ASSETS}/swagger-ui.css" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="${ASSETS}/swagger-ui-bundle.js"></script>
    <script src="${ASSETS}/init.js"></script>
  </body>
</html>
`;

export const docsInitScript = `window.ui = SwaggerUIBundle({
  url: '/api/docs/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis],
  layout: 'BaseLayout',
});
`;
