import { defineConfig } from 'vitest/config';

// The crash suite (npm run test:crash): SIGKILLs poll, match and digest at named steps and at
// random times, recovers with plain runs and counts the SES emulator's mailbox. Not part of
// `npm test`: each scenario runs `npm start` and a dozen CLI processes, and waits out a digest lease.
export default defineConfig({
  test: {
    include: ['test/crash/**/*.test.ts'],
    globalSetup: ['test/crash/support/global-setup.ts'],
    testTimeout: 480_000,
    hookTimeout: 120_000,
    // Scenarios mostly wait (CLI start-up, the digest lease): four files at once on two cores; all
    // nine at once starve each other's polls past their timeout.
    maxWorkers: 4,
    allowOnly: false,
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
