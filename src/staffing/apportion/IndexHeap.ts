/**
 * A binary heap of unit indices; `before(a, b)` is true when `a` should come out first.
 *
 * @example
 * ```ts
 * const heap = new IndexHeap((a, b) => a < b);
 * heap.push(3); heap.push(1);
 * heap.peek(); //=> 1
 * ```
 * @internal
 */
export class IndexHeap {
  private readonly items: number[] = [];
  constructor(private readonly before: (a: number, b: number) => boolean) {}
  /** Adds an index. */
  push(item: number): void {
    const items = this.items;
    items.push(item);
    let child = items.length - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!this.before(items[child] as number, items[parent] as number)) break;
      [items[child], items[parent]] = [items[parent] as number, items[child] as number];
      child = parent;
    }
  }
  /** The index that comes out first, or `undefined` when empty. */
  peek(): number | undefined {
    return this.items[0];
  }
  /** Removes the top index. */
  pop(): void {
    const last = this.items.pop();
    if (last !== undefined && this.items.length > 0) this.replaceTop(last);
  }
  /** Puts `item` at the top (its key changed) and sifts it down. */
  replaceTop(item: number): void {
    const items = this.items;
    items[0] = item;
    let parent = 0;
    const size = items.length;
    for (;;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let first = parent;
      if (left < size && this.before(items[left] as number, items[first] as number)) first = left;
      if (right < size && this.before(items[right] as number, items[first] as number)) first = right;
      if (first === parent) return;
      [items[first], items[parent]] = [items[parent] as number, items[first] as number];
      parent = first;
    }
  }
}
