import { defineConfig } from 'vitest/config';

// Browser tests need Debian's Chromium (`apt-get install -y chromium`), so they run apart from
// `npm test`, which needs nothing but Node and npm.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    allowOnly: false,
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
