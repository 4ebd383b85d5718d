/** Types of scripts/eval/corpus-docs.mjs, for the TypeScript scripts that import it. */
export interface CorpusDoc {
  id: string;
  folder: 'articles' | 'metadata' | 'fixtures';
  text: string;
  url: string | null;
  file: string;
  publishedTime: string | null;
}
export declare const corpusFolder: (id: string) => CorpusDoc['folder'];
export declare const fixturePath: (id: string) => string;
export declare function readabilityText(html: string, url?: string): string;
export declare function corpusDoc(corpus: string, id: string): CorpusDoc;
export declare function metadataIds(corpus: string): string[];
