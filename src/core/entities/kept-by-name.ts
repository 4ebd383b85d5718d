/**
 * A pure function of a name (or a word) whose answers are kept by the name as written: the
 * corrections ask the same of a name in pass after pass and text after text (speed, issue 15).
 * One shared form of the small bounded cache the passes kept each in their own words: a `Map`
 * by name, emptied when it holds `limit` names (so that a long run of texts cannot grow it
 * without bound). `answer` must depend on the name alone, and never give `undefined`.
 */
export function keptByName<T>(answer: (name: string) => T, limit: number): (name: string) => T {
  const known = new Map<string, T>();
  return (name: string): T => {
    let a = known.get(name);
    if (a === undefined) {
      if (known.size >= limit) known.clear();
      a = answer(name);
      known.set(name, a);
    }
    return a;
  };
}
