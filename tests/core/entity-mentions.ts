/**
 * Shared by the tests of the English corrections after tagging: a mention as a tagger might
 * cut and type it, and the shipped English recogniser.
 */
import { readFileSync } from 'node:fs';
import { modelPath } from '../../src/cli/model';
import { ModelRecogniser } from '../../src/core/entities/model-recogniser';
import { NerModel } from '../../src/core/entities/model/model';
import type { EntityMention, EntityType } from '../../src/core/types';

/** A mention of `name` (its `nth` occurrence in `text`, from 0) typed `type`, in block `blockId`. */
export function mention(text: string, name: string, type: EntityType, nth = 0, blockId = 0): EntityMention {
  let start = text.indexOf(name);
  for (let k = 0; k < nth && start >= 0; k++) start = text.indexOf(name, start + 1);
  if (start < 0) throw new Error(`${name} (${nth}) not in ${text}`);
  return { blockId, start, end: start + name.length, text: name, type };
}

/** The shipped English recogniser. */
export const englishRecogniser = (): ModelRecogniser =>
  ModelRecogniser.fromModel(NerModel.fromBytes(new Uint8Array(readFileSync(modelPath('en')))));

/** The names ("text/TYPE") the shipped English recogniser finds in `text`, read after a paragraph `lead` (e.g. one that makes it a sports story). */
export function namesAfter(lead: string, text: string, recogniser = englishRecogniser()): string[] {
  return recogniser
    .recognise([
      { id: 0, kind: 'paragraph', text: lead },
      { id: 1, kind: 'paragraph', text },
    ])
    .filter((m) => m.blockId === 1)
    .map((m) => `${m.text}/${m.type}`);
}
