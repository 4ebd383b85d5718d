/**
 * The entity recogniser interface. A recogniser reads the article's blocks and returns
 * typed mentions with block offsets; grouping mentions into entities happens afterwards
 * (`group.ts`), whatever recogniser found them. Recognisers see all blocks at once so
 * that they may use document-level evidence (a name tagged confidently once is tagged
 * alike elsewhere).
 */
import type { Block, EntityMention } from '../types';

export interface EntityRecogniser {
  /** Shown in the card and the command line, e.g. "baseline-rules". */
  readonly name: string;
  /** The language it reads (a primary subtag); English when absent. It never reads another. */
  readonly lang?: string;
  recognise(blocks: readonly Block[]): EntityMention[];
}
