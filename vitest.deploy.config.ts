import { defineConfig } from 'vitest/config';

// What deploys (npm run test:deploy): `cdk synth` with real bundling, then the bundles it wrote run
// as Lambda runs them against dynalite, the SES emulator and loopback stand-ins for SQS and SSM.
// Not part of `npm test`: the synth alone takes a minute or more on two cores.
export default defineConfig({
  test: {
    include: ['test/deploy/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    allowOnly: false,
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
