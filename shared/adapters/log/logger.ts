import { pino } from 'pino';
import type { Logger } from '../../ports/logger';

/** Anything shaped like an email address, inside a JSON line (quotes and escapes end it). */
const ADDRESS = /[^\s"'\\<>()[\]{},;:@]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** The line with every email address replaced: logs name subscribers by id, never by address. */
export function redactAddresses(line: string): string {
  return line.replace(ADDRESS, '[address]');
}

/**
 * JSON lines on stderr (CloudWatch reads them in AWS; locally stdout stays free for the CLI's
 * own output). pino because it is the fastest well-kept structured logger and Lambda-friendly.
 * Every line passes through redactAddresses on its way out: the code logs ids (source, posting,
 * subscriber, digest), and an address that rides in on an error text (SES names the recipient
 * it refused) is cut here, the one place every line passes.
 */
export function createLogger(
  level = process.env.JOBALERT_LOG_LEVEL ?? 'info',
  destination: { write(line: string): unknown } = pino.destination(2),
): Logger {
  return pino({ level, base: undefined }, { write: (line: string) => destination.write(redactAddresses(line)) });
}
