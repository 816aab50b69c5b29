export { freePort } from '../../../infra/embedded.mjs';
