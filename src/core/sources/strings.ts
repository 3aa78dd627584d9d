// One table of strings for the whole index: canonical names, units, counted nouns, date values,
// as-of dates and keys are stored once and referred to by number. Every stored reference holds
// a count, so a string leaves the table when the last source using it is forgotten.

export class StringTable {
  private readonly ids = new Map<string, number>();
  private readonly strings: (string | undefined)[] = [];
  private refs = new Int32Array(256);
  private readonly free: number[] = [];

  /** The id of `s`, counting one more reference to it. */
  acquire(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.free.pop() ?? this.strings.length;
      if (id >= this.refs.length) {
        const grown = new Int32Array(this.refs.length * 2);
        grown.set(this.refs);
        this.refs = grown;
      }
      this.strings[id] = s;
      this.refs[id] = 0;
      this.ids.set(s, id);
    }
    this.refs[id] = (this.refs[id] as number) + 1;
    return id;
  }

  /** Counts one more reference to `id`, a string the table holds; returns `id`. */
  retain(id: number): number {
    this.refs[id] = (this.refs[id] as number) + 1;
    return id;
  }

  /** Drops one reference to `id`; the string is forgotten with its last reference. */
  release(id: number): void {
    if (--this.refs[id]! > 0) return;
    const s = this.strings[id];
    if (s !== undefined) this.ids.delete(s);
    this.strings[id] = undefined;
    this.free.push(id);
  }

  get(id: number): string {
    return this.strings[id] as string;
  }

  /** Distinct strings held. */
  get size(): number {
    return this.ids.size;
  }
}
