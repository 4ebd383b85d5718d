/** Types of scripts/eval/gold-sets.mjs, for the TypeScript scripts that import it. */
import type { CorpusDoc } from './corpus-docs.mjs';

export interface GoldRecord<G = Record<string, unknown>> {
  gold: G;
  text: string;
  url: string | null;
  file: string;
  folder: CorpusDoc['folder'];
}
export declare function goldRecords<G = Record<string, unknown>>(
  root: string,
  corpus: string,
  set: string,
  split?: string,
): GoldRecord<G>[];
export declare function namesJsonl(records: GoldRecord[]): string;
