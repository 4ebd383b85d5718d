/** Types of scripts/eval/score-summaries.mjs, for the TypeScript scripts that import it. */
export interface Fact {
  fact?: string;
  /** Groups of alternatives: the fact is carried when each group has one in the summary. */
  keys: string[][];
}
export declare function hasKey(text: string, key: string): boolean;
export declare function factCoverage(summary: string, facts: readonly Fact[]): number;
export declare function rouge(candidate: string, reference: string, n: number): number;
