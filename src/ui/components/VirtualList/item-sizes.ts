// Heights of a virtual list's items: estimates until measured, their offsets as prefix sums, the items over a span found by binary search.

export interface ItemSpan {
  /** First item of the span. */
  first: number;
  /** One past the last item. */
  end: number;
}

export class ItemSizes {
  readonly count: number;
  private estimate: (index: number) => number;
  private measured: Float64Array;
  /** offsets[i] is where item i starts; offsets[count] is the list's height. Valid up to `validThrough`. */
  private offsets: Float64Array;
  private validThrough = 0;

  constructor(count: number, estimate: (index: number) => number, previous?: ItemSizes) {
    this.count = count;
    this.estimate = estimate;
    this.measured = new Float64Array(count).fill(Number.NaN);
    this.offsets = new Float64Array(count + 1);
    // Measurements carry over by index when the list grows or shrinks.
    if (previous) this.measured.set(previous.measured.subarray(0, Math.min(count, previous.count)));
  }

  /** Estimates are read again for every item not measured yet. */
  setEstimate(estimate: (index: number) => number): void {
    if (estimate === this.estimate) return;
    this.estimate = estimate;
    this.validThrough = 0;
  }

  isMeasured(index: number): boolean {
    return !Number.isNaN(this.measured[index]!);
  }

  size(index: number): number {
    const measured = this.measured[index]!;
    return Number.isNaN(measured) ? Math.max(0, this.estimate(index)) : measured;
  }

  /** Records a measured height; returns by how much the item's height changed (0 when it did not). */
  setMeasured(index: number, size: number): number {
    if (index < 0 || index >= this.count) return 0;
    const before = this.size(index);
    if (this.measured[index] === size) return 0;
    this.measured[index] = size;
    this.validThrough = Math.min(this.validThrough, index);
    return size - before;
  }

  /** Forgets every measurement, as when the list's width changed and text wraps differently. */
  clearMeasured(): void {
    this.measured.fill(Number.NaN);
    this.validThrough = 0;
  }

  start(index: number): number {
    this.computeOffsets(index);
    return this.offsets[index]!;
  }

  end(index: number): number {
    return this.start(index + 1);
  }

  total(): number {
    return this.start(this.count);
  }

  /** The item at `offset`: the last one starting at or before it. */
  indexAt(offset: number): number {
    if (this.count === 0) return 0;
    this.computeOffsets(this.count);
    let low = 0;
    let high = this.count - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.offsets[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** The items that overlap [from, to). */
  span(from: number, to: number): ItemSpan {
    if (this.count === 0 || to <= from) return { first: 0, end: 0 };
    const first = this.indexAt(Math.max(0, from));
    let end = this.indexAt(to) + 1;
    // An item that starts exactly at `to` is not inside the span.
    if (end - 1 > first && this.offsets[end - 1]! >= to) end -= 1;
    return { first, end: Math.min(end, this.count) };
  }

  private computeOffsets(through: number): void {
    if (through <= this.validThrough) return;
    for (let i = this.validThrough; i < through; i++) this.offsets[i + 1] = this.offsets[i]! + this.size(i);
    this.validThrough = through;
  }
}
