import { jsonKind } from './parse-json-body';

/** The array under `key` of a parsed JSON envelope (`{offers: […]}`); throws naming what came instead. */
export function jsonArrayAt(label: string, url: string, data: unknown, key: string, what: string): unknown[] {
  const value = jsonKind(data) === 'an object' ? (data as Record<string, unknown>)[key] : undefined;
  if (Array.isArray(value)) return value;
  const got = jsonKind(data) === 'an object' ? `an object without a "${key}" array` : jsonKind(data);
  throw new Error(`${label}: expected ${what}, got ${got} from ${url}`);
}
