/**
 * Answers about the page kept for as long as one reading of its metadata lasts. The readers
 * ask the same questions of the same elements many times (is this block a teaser? how long
 * is its text?), once per text node after the headline and once per byline candidate; the
 * page does not change while it is read, so each answer is worked out once. Outside a
 * reading (a unit test calling a reader alone), nothing is kept.
 */

/** The tables filled during the current reading (emptied when it ends). */
const tables = new Set<Map<unknown, unknown>>();
/** Readings under way (one, unless a reading starts another). */
let depth = 0;

/** Runs `read` with the page's answers kept until it returns. */
export function duringOneReading<T>(read: () => T): T {
  depth++;
  try {
    return read();
  } finally {
    if (--depth === 0) {
      for (const t of tables) t.clear();
      tables.clear();
    }
  }
}

/** A remembered function (see `remembered`). */
export interface Remembered<K, V> {
  (key: K): V;
  /** Keeps an answer found another way (the same `compute` would give), for the current reading. */
  know(key: K, value: V): void;
}

/**
 * A function of one key (an element) whose answers are kept during a reading. `compute` must
 * depend on the key and the page alone.
 */
export function remembered<K, V>(compute: (key: K) => V): Remembered<K, V> {
  const table = new Map<K, V>();
  const keep = (key: K, value: V): void => {
    table.set(key, value);
    tables.add(table as Map<unknown, unknown>);
  };
  const ask = (key: K): V => {
    if (depth === 0) return compute(key);
    if (table.has(key)) return table.get(key) as V;
    const value = compute(key);
    keep(key, value);
    return value;
  };
  return Object.assign(ask, {
    know(key: K, value: V): void {
      if (depth > 0) keep(key, value);
    },
  });
}
