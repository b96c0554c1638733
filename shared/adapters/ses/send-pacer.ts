/**
 * Paces sends at a rate that adapts to throttling (AIMD): each send reserves the next free slot
 * (no bursts, so a full bucket never overshoots the provider's per-second limit); a throttle halves
 * the rate, each success adds back a twentieth of the configured rate, never above it.
 */
export class SendPacer {
  private rate: number;
  private nextSlot = 0;

  constructor(
    readonly configuredRate: number,
    private readonly now: () => number = () => Date.now(),
    private readonly minRate = Math.min(1, configuredRate),
  ) {
    if (!(configuredRate > 0)) throw new Error(`send rate must be positive, got ${configuredRate}`);
    this.rate = configuredRate;
  }

  /** The rate in force now (sends per second). */
  get currentRate(): number {
    return this.rate;
  }

  /** Waits for this caller's slot; concurrent callers get consecutive slots. */
  async acquire(): Promise<void> {
    const now = this.now();
    const slot = Math.max(now, this.nextSlot);
    this.nextSlot = slot + 1000 / this.rate;
    if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
  }

  /** Multiplicative decrease; later slots move out by the new interval. */
  throttled(): void {
    this.rate = Math.max(this.minRate, this.rate / 2);
    this.nextSlot = Math.max(this.nextSlot, this.now() + 1000 / this.rate);
  }

  /** Additive increase. */
  succeeded(): void {
    this.rate = Math.min(this.configuredRate, this.rate + this.configuredRate / 20);
  }
}
