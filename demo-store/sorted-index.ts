// A list of ids kept sorted by a key (ties by id). Built once, then updated by binary search,
// so writes cost O(n) array moves at worst and list requests never sort.

export class SortedIndex {
  ids: number[] = [];
  /** The key each id was inserted with, needed to find it again after the user changed. */
  private readonly keys = new Map<number, string | number>();
  private readonly keyOf: (id: number) => string | number;

  constructor(keyOf: (id: number) => string | number) {
    this.keyOf = keyOf;
  }

  private compare(keyA: string | number, idA: number, keyB: string | number, idB: number): number {
    if (keyA < keyB) return -1;
    if (keyA > keyB) return 1;
    return idA - idB;
  }

  build(ids: readonly number[]): void {
    const entries = ids.map((id) => {
      const key = this.keyOf(id);
      this.keys.set(id, key);
      return { key, id };
    });
    entries.sort((a, b) => this.compare(a.key, a.id, b.key, b.id));
    this.ids = entries.map((entry) => entry.id);
  }

  /** First position whose entry is not before (key, id). */
  private lowerBound(key: string | number, id: number): number {
    let low = 0;
    let high = this.ids.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const midId = this.ids[mid] ?? 0;
      if (this.compare(this.keys.get(midId) ?? '', midId, key, id) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  insert(id: number): void {
    const key = this.keyOf(id);
    this.keys.set(id, key);
    this.ids.splice(this.lowerBound(key, id), 0, id);
  }

  remove(id: number): void {
    const key = this.keys.get(id);
    if (key === undefined) return;
    const at = this.lowerBound(key, id);
    if (this.ids[at] === id) this.ids.splice(at, 1);
    this.keys.delete(id);
  }
}
