import { readFileSync } from 'node:fs';
import { NerModel } from '../src/core/entities/model/model';
import { feature } from '../src/core/entities/model/hash';
const model = NerModel.fromBytes(readFileSync('/tmp/ner-test.bin'));
const keys = (model as any).keys as Uint32Array;
const N = 2_000_000;
const same = new Uint32Array(N).fill(feature(1, 0));
const rand = new Uint32Array(N);
let x = 12345;
for (let i = 0; i < N; i++) {
  x = (x * 1103515245 + 12345) >>> 0;
  rand[i] = keys[x % keys.length]!;
}
const absent = new Uint32Array(N);
for (let i = 0; i < N; i++) absent[i] = (i * 2654435761) >>> 0;
const scores = new Float64Array(9);
for (const [name, arr] of [
  ['same key', same],
  ['random present', rand],
  ['random absent', absent],
] as const) {
  model.score(arr, arr.length, scores);
  const t0 = performance.now();
  model.score(arr, arr.length, scores);
  const dt = performance.now() - t0;
  console.log(name, ((dt * 1e6) / N).toFixed(1), 'ns/lookup');
}
