import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Browser tests need Debian's Chromium: `npm run test:browser` (vitest.browser.config.ts); the crash
    // suite runs apart: `npm run test:crash` (vitest.crash.config.ts), and so do the synthesized
    // bundles: `npm run test:deploy` (vitest.deploy.config.ts).
    exclude: ['test/browser/**', 'test/dynamodb-local/**', 'test/crash/**', 'test/deploy/**', '**/node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    allowOnly: false,
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
