/**
 * A map from strings to values for the lookups tagging makes once a token: the words of the
 * word table (word.ts) and the corrections' word caches (mention-rules.ts). Their keys are
 * strings just cut from the text, whose hash V8 has not computed yet, and a `Map` computes
 * it through a call into the runtime on every such lookup; here the hash is a loop over the
 * character codes in JavaScript (inlined where it is called), and the table is open
 * addressing over arrays (a slot's key and value side by side). What it holds and returns is
 * what a `Map` would.
 */
export class StringTable<V> {
  /**
   * By slot, three entries side by side: the key's hash (`hashOf`, cut to a small integer,
   * which an array holds without a box of its own), the key (null: empty) and the value. A
   * lookup reads the hash, the key and the value from one place in memory (the hashes apart,
   * in an Int32Array of their own, were one more place to fetch for each lookup).
   */
  private entries: (string | V | number | null)[] = [];
  private mask = 0;
  /** How many keys the table holds. */
  size = 0;

  constructor(private readonly initialCapacity = 1024) {
    this.allocate(initialCapacity);
  }

  get(key: string): V | undefined {
    const h = hashOf(key);
    const { entries, mask } = this;
    let i = h & mask;
    for (;;) {
      const k = entries[i * 3 + 1];
      if (k === null) return undefined;
      if (entries[i * 3] === h && k === key) return entries[i * 3 + 2] as V;
      i = (i + 1) & mask;
    }
  }

  set(key: string, value: V): void {
    const h = hashOf(key);
    const { entries, mask } = this;
    let i = h & mask;
    for (;;) {
      const k = entries[i * 3 + 1];
      if (k === null) break;
      if (entries[i * 3] === h && k === key) {
        entries[i * 3 + 2] = value;
        return;
      }
      i = (i + 1) & mask;
    }
    entries[i * 3] = h;
    entries[i * 3 + 1] = key;
    entries[i * 3 + 2] = value;
    // At most half full: probes stay short.
    if (++this.size * 2 > mask + 1) this.grow();
  }

  clear(): void {
    this.size = 0;
    this.allocate(this.initialCapacity);
  }

  private allocate(capacity: number): void {
    // (0, not null, in the hash entries: small integers and pointers only; pushed, so that the
    // array has no holes for its reads to check.)
    const entries: (string | V | number | null)[] = [];
    for (let i = 0; i < capacity; i++) entries.push(0, null, null);
    this.entries = entries;
    this.mask = capacity - 1;
  }

  private grow(): void {
    const old = this.entries;
    this.allocate((this.mask + 1) * 2);
    const { entries, mask } = this;
    for (let j = 0; j < old.length; j += 3) {
      const k = old[j + 1] as string | null;
      if (k === null) continue;
      const h = old[j] as number;
      let i = h & mask;
      while (entries[i * 3 + 1] !== null) i = (i + 1) & mask;
      entries[i * 3] = h;
      entries[i * 3 + 1] = k;
      entries[i * 3 + 2] = old[j + 2] as V;
    }
  }
}

/**
 * FNV-1a over the UTF-16 code units, with a final mix so that the low bits spread; cut to 30
 * bits, a small integer (Smi) wherever V8 stores it.
 */
function hashOf(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) & 0x3fffffff;
}
