/**
 * Keeps a model file's `N` strongest features, as the trainer's `--max-features` does (the
 * same order of strength and the same 16-bit scale, so the weights kept are unchanged); the
 * header is the file's own, with the new count.
 *
 *   node --import tsx scripts/ner/prune.ts IN.bin OUT.bin N
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { NerModel } from '../../src/core/entities/model/model';
import { quantised } from './perceptron';
import { readRawModel } from './soup';

const [input, output, count] = process.argv.slice(2);
if (!input || !output || !count) throw new Error('usage: prune.ts IN.bin OUT.bin N');
const bytes = new Uint8Array(readFileSync(input));
const raw = readRawModel(bytes);
const { keys, weights, scale } = quantised(raw.weights, Number(count));
const about = { ...raw.header.about, features: keys.length, maxFeatures: Number(count) };
const result = NerModel.toBytes({ ...raw.header, scale, about }, keys, weights, NerModel.fromBytes(bytes).gazetteers);
writeFileSync(output, result);
console.log(
  `wrote ${output}: ${keys.length} features, ${(result.length / 1e6).toFixed(2)} MB, ${(gzipSync(result, { level: 9 }).length / 1e6).toFixed(3)} MB gzipped`,
);
