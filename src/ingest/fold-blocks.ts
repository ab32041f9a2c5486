/**
 * Zeroed typed arrays cut from shared blocks, for the fold's agent-months:
 * a typed array of its own per agent-month costs more to allocate (and to
 * collect) than to fill. Pure.
 */

/** Agent-months per block (1024 × 15 columns × 4 accumulators: 480 KB). */
const BLOCK_ITEMS = 1024;

/** Cuts arrays of one type; a block is kept alive by any array cut from it. */
export class Blocks<A extends Float64Array | Int32Array> {
  private block: A | undefined;
  private used = 0;
  private readonly make: (length: number) => A;

  constructor(make: (length: number) => A) {
    this.make = make;
  }

  cut(length: number): A {
    if (this.block === undefined || this.used + length > this.block.length) {
      this.block = this.make(Math.max(BLOCK_ITEMS * length, 1));
      this.used = 0;
    }
    const a = this.block.subarray(this.used, this.used + length) as A;
    this.used += length;
    return a;
  }
}
