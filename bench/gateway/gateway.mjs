// Child process: the real built gateway (services/gateway/dist) in front of the upstream whose
// URL it gets as ACCOUNTS_URL; configured from the environment like main.ts.
import { createServer } from 'node:http';
import { importFromGateway, importGatewayBuild, reportListening } from './workspace.mjs';

const { createApp } = await importGatewayBuild('app.js');
const { loadGatewayConfig } = await importGatewayBuild('config.js');
const { createLogger } = await importFromGateway('@fabrique/service-kit');

const config = loadGatewayConfig();
const app = createApp({ logger: createLogger('bench-gateway', config.LOG_LEVEL), config });
reportListening(createServer(app).listen(0, '127.0.0.1'));
