/**
 * A quote as the readers of quotes find it, before it is placed in the article: its own
 * module, because the direct-quote and reported-speech readers both make them.
 */
import type { QuoteKind } from '../types';
import type { Para } from './paragraphs';
import type { ResolvedSpeaker } from './speakers';

export interface FoundQuote {
  kind: QuoteKind;
  para: Para;
  /** Character offsets in the paragraph. */
  start: number;
  end: number;
  speaker: ResolvedSpeaker;
  cue?: { start: number; end: number };
  continued?: boolean;
}
