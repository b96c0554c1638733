// Stands in for thread-stream in the Lambda bundles. pino requires it when loaded, for
// pino.transport() (log shipping in a worker thread), which the functions never call: they write
// JSON lines to stderr. Were a transport ever asked for, this says why it is missing.
module.exports = class ThreadStream {
  constructor() {
    throw new Error('pino transports are not bundled into the Lambda functions (infra/bundling/no-thread-stream.cjs)');
  }
};
