import type { FetchResult } from '../../shared/ports/source';

/** A fetch result that must carry a document (not a 304): narrowed, or the test fails saying so. */
export function changed(result: FetchResult) {
  if (result.notModified) throw new Error('expected a changed document');
  return result;
}
