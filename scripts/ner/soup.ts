/**
 * A "model soup": the weights of model files trained in different document orders (the same
 * options and word lists otherwise), averaged into one model, its strongest features kept and
 * quantised to 16 bits as the trainer does. Each file holds only its own strongest features; a
 * feature missing from one counts as zeros there.
 *
 *   node --import tsx scripts/ner/soup.ts OUT.bin A.bin B.bin [...] [--max-features N]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { N_LABELS } from '../../src/core/entities/model/labels';
import { NerModel, type ModelHeader } from '../../src/core/entities/model/model';
import { quantised } from './perceptron';

interface RawModel {
  header: ModelHeader;
  weights: Map<number, Float64Array>;
  /** The bytes after the weights: the word lists and clusters, which must agree. */
  tables: Uint8Array;
}

/** A model file's header and its weights in the trainer's units (file layout: model.ts). */
export function readRawModel(bytes: Uint8Array): RawModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as ModelHeader;
  let offset = Math.ceil((12 + headerLength) / 4) * 4;
  const count = view.getUint32(offset, true);
  offset += 4;
  const keysAt = offset;
  const weightsAt = keysAt + count * 4;
  const weights = new Map<number, Float64Array>();
  for (let i = 0; i < count; i++) {
    const w = new Float64Array(N_LABELS);
    for (let l = 0; l < N_LABELS; l++) w[l] = view.getInt16(weightsAt + (i * N_LABELS + l) * 2, true) * header.scale;
    weights.set(view.getUint32(keysAt + i * 4, true), w);
  }
  return { header, weights, tables: bytes.subarray(weightsAt + count * N_LABELS * 2) };
}

/** The mean of the models' weights, the `maxFeatures` strongest kept, quantised. */
export function soup(
  models: readonly RawModel[],
  maxFeatures: number,
): { keys: Uint32Array; weights: Int16Array; scale: number } {
  const mean = new Map<number, Float64Array>();
  for (const m of models)
    for (const [k, w] of m.weights) {
      let a = mean.get(k);
      if (!a) mean.set(k, (a = new Float64Array(N_LABELS)));
      for (let l = 0; l < N_LABELS; l++) a[l] = (a[l] as number) + (w[l] as number) / models.length;
    }
  return quantised(mean, maxFeatures);
}

function main(): void {
  const args = process.argv.slice(2);
  const at = args.indexOf('--max-features');
  const maxFeatures = at >= 0 ? Number(args[at + 1]) : 70_000;
  const files = args.filter((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
  const [out, ...inputs] = files;
  if (!out || inputs.length < 2) throw new Error('usage: soup.ts OUT.bin A.bin B.bin [...] [--max-features N]');
  const bytes = inputs.map((f) => new Uint8Array(readFileSync(f)));
  const models = bytes.map(readRawModel);
  const first = models[0] as RawModel;
  for (const m of models)
    if (Buffer.compare(Buffer.from(m.tables), Buffer.from(first.tables)) !== 0)
      throw new Error('soup: the models have different word lists or clusters');
  const { keys, weights, scale } = soup(models, maxFeatures);
  // The first file's description, without its own dev figures (they are not the soup's).
  const about = Object.fromEntries(Object.entries(first.header.about).filter(([k]) => !k.startsWith('dev')));
  const header: ModelHeader = {
    ...first.header,
    scale,
    about: {
      ...about,
      soup: `the mean of the weights of ${models.length} such models, each trained in its own document order`,
      features: keys.length,
    },
  };
  const gazetteers = NerModel.fromBytes(bytes[0] as Uint8Array).gazetteers;
  const result = NerModel.toBytes(header, keys, weights, gazetteers);
  writeFileSync(out, result);
  console.log(
    `wrote ${out}: ${keys.length} features, ${(result.length / 1e6).toFixed(2)} MB, ${(gzipSync(result, { level: 9 }).length / 1e6).toFixed(2)} MB gzipped`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
