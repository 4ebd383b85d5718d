/**
 * A map from strings to values for the lookups tagging makes once a token: the words of the
 * word table (word.ts) and the corrections' word caches (mention-rules.ts). Their keys are
 * strings just cut from the text, whose hash V8 has not computed yet, and a `Map` computes
 * it through a call into the runtime on every such lookup; here the hash is a loop over the
 * character codes in JavaScript (inlined where it is called), and the table is open
 * addressing over arrays. What it holds and returns is what a `Map` would.
 */
export class StringTable<V> {
  private keys: (string | null)[] = [];
  private values: (V | undefined)[] = [];
  private hashes = new Int32Array(0);
  private mask = 0;
  /** How many keys the table holds. */
  size = 0;

  constructor(private readonly initialCapacity = 1024) {
    this.allocate(initialCapacity);
  }

  get(key: string): V | undefined {
    const h = hashOf(key);
    const { keys, hashes, mask } = this;
    let i = h & mask;
    for (;;) {
      const k = keys[i];
      if (k === null) return undefined;
      if (hashes[i] === h && k === key) return this.values[i];
      i = (i + 1) & mask;
    }
  }

  set(key: string, value: V): void {
    const h = hashOf(key);
    const { keys, hashes, mask } = this;
    let i = h & mask;
    for (;;) {
      const k = keys[i];
      if (k === null) break;
      if (hashes[i] === h && k === key) {
        this.values[i] = value;
        return;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    hashes[i] = h;
    this.values[i] = value;
    // At most half full: probes stay short.
    if (++this.size * 2 > mask + 1) this.grow();
  }

  clear(): void {
    this.size = 0;
    this.allocate(this.initialCapacity);
  }

  private allocate(capacity: number): void {
    this.keys = new Array<string | null>(capacity).fill(null);
    this.values = new Array<V | undefined>(capacity).fill(undefined);
    this.hashes = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  private grow(): void {
    const { keys, values, hashes } = this;
    this.allocate((this.mask + 1) * 2);
    const mask = this.mask;
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j];
      if (k === null || k === undefined) continue;
      let i = (hashes[j] as number) & mask;
      while (this.keys[i] !== null) i = (i + 1) & mask;
      this.keys[i] = k;
      this.hashes[i] = hashes[j] as number;
      this.values[i] = values[j];
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
