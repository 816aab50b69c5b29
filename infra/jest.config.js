import { jestConfig } from '../jest.preset.js';

// Static checks of the deployment files (compose, Dockerfiles, Kubernetes): no services run.
export default { ...jestConfig(import.meta.dirname), roots: ['<rootDir>/checks'] };
