import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection, without starting node with --expose-gc: before a timed part that
 * must not collect, by chance, the garbage of the part before (the 1M index: hundreds of MiB).
 */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}
