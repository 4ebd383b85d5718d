/**
 * CoNLL-2002 dev split by document, for training on half of it (`--dev-half 1`): the first
 * half of the file's documents, in file order, trains ("dev A"); the second half measures
 * ("dev B": `ner.es-devB` in `npm run eval`, which splits the file by the same rule; the
 * Dutch model is trained on train alone). Fixed, and contiguous rather than interleaved, so that no story of the
 * measured half has its neighbours in training: Spanish dev 0001-0070 / 0071-0140 (20,608 /
 * 24,979 words), Dutch 0001-0037 / 0038-0074 (15,982 / 17,922 words).
 */
export function devHalves<T>(docs: readonly T[]): { a: T[]; b: T[] } {
  const n = Math.ceil(docs.length / 2);
  return { a: docs.slice(0, n), b: docs.slice(n) };
}
