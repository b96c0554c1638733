/**
 * Paces sends at a rate that adapts to throttling (AIMD): each send reserves the next free slot,
 * a throttle halves the rate, each success adds back a twentieth of the configured rate, never
 * above it. A pacer left idle banks up to `burst` slots (a tenth of a second's sends, at least
 * one): a Lambda sender idles between SQS batches while it reads and writes the store, and SES
 * takes short bursts above its rate, so the next batch may use those slots at once instead of
 * losing them. The bank is small against SES's own allowance, so the senders' banks together
 * stay within it; a throttle empties it.
 */
export class SendPacer {
  private rate: number;
  private nextSlot = 0;

  constructor(
    readonly configuredRate: number,
    private readonly now: () => number = () => Date.now(),
    private readonly minRate = Math.min(1, configuredRate),
    readonly burst = Math.max(1, Math.floor(configuredRate / 10)),
  ) {
    if (!(configuredRate > 0)) throw new Error(`send rate must be positive, got ${configuredRate}`);
    if (!(burst >= 0)) throw new Error(`send burst must not be negative, got ${burst}`);
    this.rate = configuredRate;
  }

  /** The rate in force now (sends per second). */
  get currentRate(): number {
    return this.rate;
  }

  /** Waits for this caller's slot; concurrent callers get consecutive slots once the bank is spent. */
  async acquire(): Promise<void> {
    const now = this.now();
    const interval = 1000 / this.rate;
    // The earliest slot an idle pacer still owes: `burst` intervals back.
    const slot = Math.max(now - this.burst * interval, this.nextSlot);
    this.nextSlot = slot + interval;
    if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
  }

  /** Multiplicative decrease; the bank is dropped and later slots move out by the new interval. */
  throttled(): void {
    this.rate = Math.max(this.minRate, this.rate / 2);
    this.nextSlot = Math.max(this.nextSlot, this.now() + 1000 / this.rate);
  }

  /** Additive increase. */
  succeeded(): void {
    this.rate = Math.min(this.configuredRate, this.rate + this.configuredRate / 20);
  }
}
