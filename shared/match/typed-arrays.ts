/** A copy of `a` in a new array of `size` elements, the rest zero. */
export function grown<T extends Uint8Array | Uint32Array | Int32Array>(
  a: T,
  size: number,
  make: new (n: number) => T,
): T {
  const b = new make(size);
  b.set(a);
  return b;
}
