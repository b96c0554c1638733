import { pino } from 'pino';
import type { Logger } from '../../ports/logger';

/**
 * JSON lines on stderr (CloudWatch reads them in AWS; locally stdout stays free for the CLI's
 * own output). pino because it is the fastest well-kept structured logger and Lambda-friendly.
 */
export function createLogger(level = process.env.JOBALERT_LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: undefined }, pino.destination(2));
}
