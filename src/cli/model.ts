/**
 * Loads the entity model from models/ner.bin in Node (the command line, tests, scripts),
 * once. The file sits at the package root, one or two folders up from this module
 * (dist-cli/ when built, src/cli/ when run from source).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NerModel } from '../core/entities/model/model';
import { ModelRecogniser } from '../core/entities/model-recogniser';

let cached: ModelRecogniser | undefined;

export function modelPath(): string {
  for (const rel of ['../models/ner.bin', '../../models/ner.bin']) {
    const path = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error('the entity model (models/ner.bin) is missing; run `npm run train:ner`');
}

export function loadRecogniser(path = modelPath()): ModelRecogniser {
  if (!cached) cached = ModelRecogniser.fromModel(NerModel.fromBytes(readFileSync(path)));
  return cached;
}
