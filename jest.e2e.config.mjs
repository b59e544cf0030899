/** End-to-end specs (`npm run test:e2e`): Chromium against a running production server at BASE_URL. */
import base from './jest.config.mjs'

const config = {
  ...base,
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.spec.ts'],
  globalSetup: undefined,
  globalTeardown: undefined,
  testTimeout: 120_000,
}

export default config
