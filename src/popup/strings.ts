/**
 * Every string the summary card shows of its own (page strings come from the analysis), in
 * one place, so the card can move to `i18n.getMessage` in one step. Functions take the
 * numbers and names a string carries.
 */
export const CARD_STRINGS = {
  untitled: 'Untitled article',
  unsure: 'Lede is not sure of this',
  by: (names: string) => `By ${names}`,
  updated: 'updated ',
  cut: (read: string, total: string) => `This page is very long: Lede read its first ${read} of ${total} words.`,

  switchesLabel: 'On this page',
  highlightsOnPage: 'Highlights on this page',
  alwaysOnSite: 'Always on this site',
  alwaysOnSiteHint: 'Lede reads every article on this site without a click',

  summary: 'Summary',
  publisherLabel: 'The publisher’s summary',
  keySentencesLabel: 'Key sentences',
  showInPage: (text: string) => `${text} (show in the page)`,
  creditLede: 'Key sentences chosen by Lede, on this device.',
  creditChromeWorking: 'Chrome’s built-in model is summarising, on this device…',
  creditChrome: 'Summary by Chrome’s built-in model, on this device.',
  creditChromeMissing: 'Chrome’s summariser is not available here; key sentences chosen by Lede.',

  entities: 'Key entities',
  noNames: 'No names found.',
  // The article's language (issue 17): how it was decided, what Lede cannot read in it yet.
  languageDeclared: 'as the page declares',
  languageConfirmed: 'as the page declares and its text shows',
  languageDetected: 'read from the text (the page declares none)',
  languageOverruled: 'read from the text (the page declares another)',
  languageUnknown: 'not identified',
  languageDetectedMark: (name: string) => `${name} (detected)`,
  languageTitle: (name: string, how: string) => `Language: ${name}, ${how}`,
  namesNotAvailable: (language: string) => `Names are not available for ${language} yet.`,
  languageNotTold: 'Names are not shown: Lede could not tell the language of this page.',
  datesNotAvailable: (language: string) => `Dates are not available for ${language} yet (years only).`,
  // A spoken name starts with the visible text ("Rhine 5"), so a voice-control user can say
  // what they see (WCAG 2.5.3).
  mentions: (name: string, n: number) => `${name} ${n} ${n === 1 ? 'mention' : 'mentions'}; show the next in the page`,
  wikipedia: 'Wikipedia',
  onWikipedia: (name: string) => `${name} on Wikipedia`,
  more: (n: number) => `+${n} more`,
  // Starts with the visible "+N more" (WCAG 2.5.3).
  moreLabel: (n: number, type: string) => `+${n} more ${type}: show them`,
  fewer: 'Show fewer',

  context: 'Context from Wikipedia',
  lookingUp: (name: string) => `Looking up ${name}…`,
  nothingToLookUp: 'No names to look up.',

  timeline: 'Timeline',
  noDates: 'No dates found.',
  approximate: 'approximate',
  showAllDates: (n: number) => `Show all ${n} dates`,
  showFewerDates: 'Show fewer dates',

  display: 'Highlights',
  show: 'Show',
  hideOnSite: 'Hide highlights on this site',
  everyMention: 'Mark every mention (not only the first in each paragraph)',

  copyMarkdown: 'Copy Markdown',
  copyJson: 'Copy JSON',
  options: 'Options',
  copied: (format: string) => `Copied as ${format}.`,
  clipboardRefused: 'The clipboard refused the copy.',
} as const;
