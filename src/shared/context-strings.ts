/**
 * The words of linked context (issue 19), in one place: the card's Sources section, the
 * roles beside names, the timeline narrowed to one name, and the hover card's role and quote
 * speaker. Each reads its message from `_locales` (see i18n.ts) when it is used.
 */
import { t } from './i18n';

export const CONTEXT_STRINGS = {
  get sourcesHeading(): string {
    return t('ctxSources');
  },
  get sourcesEmpty(): string {
    return t('ctxSourcesEmpty');
  },
  get unnamed(): string {
    return t('ctxUnnamed');
  },
  direct: (n: number): string => t('ctxDirect', n),
  reported: (n: number): string => t('ctxReported', n),
  /**
   * The accessible name of a source's first quote, which leads to it in the page: the
   * speaker, then the quote's words (without marks: the message puts them in its language's),
   * so it holds the visible text (WCAG 2.5.3).
   */
  firstQuote: (words: string, name: string): string => t('ctxFirstQuote', name, words),
  moreSources: (n: number): string => t('ctxMoreSources', n),
  /** The warning for an article most of whose quotes come from one unnamed source. */
  oneAnonymousSource: (name: string): string => t('ctxOneAnonymous', name),
  /** A role beside a name, and where it comes from. */
  roleFrom: (sentence: string): string => t('ctxRoleFrom', sentence),
  /**
   * The spoken name of the entity list's button that narrows the timeline: it starts with the
   * button's visible text (`narrowShort` and the count), as WCAG 2.5.3 asks.
   */
  narrow: (name: string, n: number): string => (n === 1 ? t('ctxNarrowOne', name, n) : t('ctxNarrowMany', name, n)),
  get narrowShort(): string {
    return t('ctxNarrowShort');
  },
  narrowedTo: (name: string): string => t('ctxNarrowedTo', name),
  get showAll(): string {
    return t('ctxShowAll');
  },
  get involved(): string {
    return t('ctxInvolved');
  },
  /** The hover card over a quote (the optional quotes layer). */
  quoteLabel: (kind: 'direct' | 'indirect'): string => (kind === 'direct' ? t('ctxQuote') : t('ctxReportedSpeech')),
  quoteSpeaker: (name: string): string => t('ctxSaidBy', name),
  /** The options page's switch for that layer. */
  get quoteLayerHeading(): string {
    return t('ctxQuoteLayer');
  },
  get quoteLayerOption(): string {
    return t('ctxQuoteLayerOption');
  },
  get quoteLayerHint(): string {
    return t('ctxQuoteLayerHint');
  },
} as const;
