/**
 * The words of linked context (issue 19), in one place for translation: the card's
 * Sources section, the roles beside names, the timeline narrowed to one name, and the hover
 * card's role and quote speaker.
 */
export const CONTEXT_STRINGS = {
  sourcesHeading: 'Sources',
  sourcesEmpty: 'No one is quoted or cited.',
  unnamed: 'unnamed',
  direct: (n: number): string => `${n} direct`,
  reported: (n: number): string => `${n} reported`,
  /** The accessible name of a source's first quote, which leads to it in the page. */
  /** The spoken name starts with the visible text (WCAG 2.5.3). */
  firstQuote: (shown: string, name: string): string => `${shown}, ${name} (show in the page)`,
  moreSources: (n: number): string => `+${n} more`,
  /** The warning for an article most of whose quotes come from one unnamed source. */
  oneAnonymousSource: (name: string): string =>
    `This article rests on one unnamed source (${name}): most of its quotes come from it.`,
  /** A role beside a name, and where it comes from. */
  roleFrom: (sentence: string): string => `From the article: ${sentence}`,
  /** The entity list's button that narrows the timeline: "Dates 2", spoken with what it does. */
  narrow: (name: string, n: number): string =>
    `Dates ${n}: show ${n === 1 ? 'the date' : 'the dates'} of ${name} in the timeline`,
  narrowShort: (n: number): string => `Dates ${n}`,
  narrowedTo: (name: string): string => `Dates involving ${name}`,
  showAll: 'Show all dates',
  involved: 'Involved: ',
  /** The hover card over a quote (the optional quotes layer). */
  quoteLabel: (kind: 'direct' | 'indirect'): string => (kind === 'direct' ? 'Quote' : 'Reported speech'),
  quoteSpeaker: (name: string): string => `Said by ${name}`,
  /** The options page's switch for that layer. */
  quoteLayerHeading: 'Quotes in the page',
  quoteLayerOption: 'Show who said a quote when the pointer rests on it',
  quoteLayerHint:
    'Off by default. Lede finds the quotes and their speakers on this device, with the rest of its reading.',
} as const;
