/**
 * A function's dependencies, built at its first invocation and reused by every later one in the
 * same container. A build that fails (SSM unreachable, say) is forgotten, so the next
 * invocation tries again instead of failing for the container's lifetime.
 */
export function once<T>(build: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => {
    cached ??= build().catch((err) => {
      cached = undefined;
      throw err;
    });
    return cached;
  };
}
