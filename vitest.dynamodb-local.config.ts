import { defineConfig } from 'vitest/config';

// The store tests on AWS's DynamoDB Local, plus the capacity tests only it can answer (dynalite
// reports no consumed capacity). Run through scripts/with-dynamodb-local.sh, which starts it.
export default defineConfig({
  test: {
    include: ['test/integration/dynamo/**/*.test.ts', 'test/dynamodb-local/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    allowOnly: false,
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
