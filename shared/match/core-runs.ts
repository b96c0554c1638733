import type { Frequency } from '../subscriber/subscriber';
import type { Core } from './subscriber-core';

const frequencies: readonly Frequency[] = ['instant', 'daily', 'weekly'];

/** A run's key: without filters 0–2 (the frequency); with filter set f, 3 + 3f + frequency. */
export const runKey = (filters: number, frequency: Frequency) => 3 * (filters + 1) + frequencies.indexOf(frequency);

/** The delivery frequency of the run with this key. */
export const runFrequency = (key: number) => frequencies[key % 3] as Frequency;

/** The filter set of the run with this key, or -1 when it has none. */
export const runFilters = (key: number) => Math.floor(key / 3) - 1;

/** The index of the run with this key in a core's runs, or -1. */
function runOf(runs: number[], key: number): number {
  for (let j = 1; j < runs.length; j += 2) if (runs[j] === key) return (j - 1) / 2;
  return -1;
}

/** Writes a member at position `at` of the core (which may be one past the end). */
function place(core: Core, at: number, id: string, slot: number, positions: number[]): void {
  core.ids[at] = id;
  core.slots[at] = slot;
  positions[slot] = at;
}

function move(core: Core, from: number, to: number, positions: number[]): void {
  if (from !== to) place(core, to, core.ids[from] as string, core.slots[from] as number, positions);
}

/**
 * Adds member `id` (of `slot`) to the core's run with this key, opening the run when there is
 * none; `positions` (by slot) follows every member moved.
 */
export function addToRun(core: Core, key: number, id: string, slot: number, positions: number[]): void {
  const runs = core.runs;
  let r = runOf(runs, key);
  if (r < 0) {
    // A new, empty run at the end.
    r = (runs.length - 1) / 2;
    runs.push(key, runs[runs.length - 1] as number);
  }
  // Each later run gives its first member to the free place after its end, so a place opens
  // at the end of run r.
  const end = runs.length - 1;
  let free = runs[end] as number;
  for (let j = (runs.length - 1) / 2 - 1; j > r; j--) {
    const first = runs[2 * j] as number;
    move(core, first, free, positions);
    free = first;
    runs[2 * j] = first + 1;
  }
  place(core, free, id, slot, positions);
  runs[end] = (runs[end] as number) + 1;
}

/**
 * Removes the member of `slot` from the core's run with this key, closing the run when it
 * empties; `positions` (by slot) follows every member moved.
 */
export function removeFromRun(core: Core, key: number, slot: number, positions: number[]): void {
  const runs = core.runs;
  const r = runOf(runs, key);
  // The run's last member fills the hole; each later run then moves its last member to the
  // place before its start, so the hole ends at the end of the array.
  let hole = positions[slot] as number;
  const count = (runs.length - 1) / 2;
  for (let j = r; j < count; j++) {
    const last = (runs[2 * j + 2] as number) - 1;
    move(core, last, hole, positions);
    hole = last;
    if (j > r) runs[2 * j] = (runs[2 * j] as number) - 1;
  }
  runs[runs.length - 1] = (runs[runs.length - 1] as number) - 1;
  core.ids.pop();
  core.slots.pop();
  if (runs[2 * r] === runs[2 * r + 2]) runs.splice(2 * r, 2);
}
