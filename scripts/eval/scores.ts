/** Micro-averaged set counts: precision, recall and F1 over every item's set. */
export class SetScore {
  tp = 0;
  fp = 0;
  fn = 0;
  /** Adds one item's sets; true when they are equal. */
  add(want: Iterable<string>, got: Iterable<string>): boolean {
    const w = new Set(want);
    const g = new Set(got);
    let exact = true;
    for (const x of g) {
      if (w.has(x)) this.tp++;
      else {
        this.fp++;
        exact = false;
      }
    }
    for (const x of w)
      if (!g.has(x)) {
        this.fn++;
        exact = false;
      }
    return exact;
  }
  get result() {
    return { ...f1(this.tp, this.fp, this.fn), support: this.tp + this.fn };
  }
}

/** Precision, recall and F1 from counts; each is 1 when there was nothing to find and nothing found. */
export function f1(tp: number, fp: number, fn: number) {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1: f };
}

export class Accuracy {
  right = 0;
  total = 0;
  add(ok: boolean): boolean {
    this.total++;
    if (ok) this.right++;
    return ok;
  }
  get result() {
    return { accuracy: this.total === 0 ? 1 : this.right / this.total, n: this.total };
  }
}

/** A mean over items. */
export class Mean {
  sum = 0;
  n = 0;
  add(x: number): void {
    this.sum += x;
    this.n++;
  }
  get result() {
    return { mean: this.n === 0 ? 1 : this.sum / this.n, n: this.n };
  }
}
