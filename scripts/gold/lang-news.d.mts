/** Types for the parts of scripts/gold/lang-news.mjs that the TypeScript scripts use. */
export interface PageAnalysis {
  blocks: { id: number; text: string }[];
}
/** Lede's analysis of pages (file paths), through `lede annotate --jsonl`, by file. */
export function annotatePages(files: string[]): Map<string, { file: string; analysis: PageAnalysis }>;
/** The text the gold points into: the article's blocks, joined by a blank line. */
export function articleText(analysis: PageAnalysis | undefined): string;
