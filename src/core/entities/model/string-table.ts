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
  /** By slot, the key (null: empty) and then the value. */
  private entries: (string | V | null)[] = [];
  private hashes = new Int32Array(0);
  private mask = 0;
  /** How many keys the table holds. */
  size = 0;

  constructor(private readonly initialCapacity = 1024) {
    this.allocate(initialCapacity);
  }

  get(key: string): V | undefined {
    const h = hashOf(key);
    const { entries, hashes, mask } = this;
    let i = h & mask;
    for (;;) {
      const k = entries[i * 2];
      if (k === null) return undefined;
      if (hashes[i] === h && k === key) return entries[i * 2 + 1] as V;
      i = (i + 1) & mask;
    }
  }

  set(key: string, value: V): void {
    const h = hashOf(key);
    const { entries, hashes, mask } = this;
    let i = h & mask;
    for (;;) {
      const k = entries[i * 2];
      if (k === null) break;
      if (hashes[i] === h && k === key) {
        entries[i * 2 + 1] = value;
        return;
      }
      i = (i + 1) & mask;
    }
    entries[i * 2] = key;
    entries[i * 2 + 1] = value;
    hashes[i] = h;
    // At most half full: probes stay short.
    if (++this.size * 2 > mask + 1) this.grow();
  }

  clear(): void {
    this.size = 0;
    this.allocate(this.initialCapacity);
  }

  private allocate(capacity: number): void {
    this.entries = new Array<string | V | null>(capacity * 2).fill(null);
    this.hashes = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  private grow(): void {
    const { entries, hashes } = this;
    this.allocate((this.mask + 1) * 2);
    const mask = this.mask;
    for (let j = 0; j < hashes.length; j++) {
      const k = entries[j * 2] as string | null;
      if (k === null) continue;
      let i = (hashes[j] as number) & mask;
      while (this.entries[i * 2] !== null) i = (i + 1) & mask;
      this.entries[i * 2] = k;
      this.entries[i * 2 + 1] = entries[j * 2 + 1] as V;
      this.hashes[i] = hashes[j] as number;
    }
  }
}

/** FNV-1a over the UTF-16 code units, with a final mix so that the low bits spread. */
function hashOf(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}
