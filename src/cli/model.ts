/**
 * Loads the entity models in Node (the command line, tests, scripts), each once: English
 * from models/ner.bin, another language's from models/ner-<lang>.bin. The files sit at the
 * package root, one or two folders up from this module (dist-cli/ when built, src/cli/ when
 * run from source).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NerModel } from '../core/entities/model/model';
import { ModelRecogniser } from '../core/entities/model-recogniser';
import { hasNameModel } from '../core/language/languages';

const cached = new Map<string, ModelRecogniser>();

/** The model file's name for a language: ner.bin for English, ner-es.bin for Spanish. */
export const modelFile = (lang = 'en'): string => (lang === 'en' ? 'ner.bin' : `ner-${lang}.bin`);

export function modelPath(lang = 'en'): string {
  const file = modelFile(lang);
  for (const rel of [`../models/${file}`, `../../models/${file}`]) {
    const path = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error(`the entity model (models/${file}) is missing; run \`npm run train:ner -- --lang ${lang}\``);
}

/** The English model, or the one at `path`. */
export function loadRecogniser(path = modelPath()): ModelRecogniser {
  let r = cached.get(path);
  if (!r) {
    r = ModelRecogniser.fromModel(NerModel.fromBytes(readFileSync(path)));
    cached.set(path, r);
  }
  return r;
}

/** The model for a language (a primary subtag), or null when Lede has none for it. */
export function recogniserFor(lang: string): ModelRecogniser | null {
  return hasNameModel(lang) ? loadRecogniser(modelPath(lang)) : null;
}
