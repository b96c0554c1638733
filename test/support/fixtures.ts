import { fileURLToPath } from 'node:url';

/** ../shared/fixtures beside the repo (CI clones with shared/ next to it). */
export const fixturesDir = fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));
export const seedsDir = `${fixturesDir}seeds`;
export const repoDir = fileURLToPath(new URL('../../', import.meta.url));
