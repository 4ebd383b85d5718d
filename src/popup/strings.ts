/**
 * Every string the summary card shows of its own (page strings come from the analysis), in
 * one place, each read from `_locales` through `t` (see shared/i18n.ts) when it is used, so
 * the card speaks the reader's language. Functions take the numbers and names a string
 * carries.
 */
import { t } from '../shared/i18n';

export const CARD_STRINGS = {
  get untitled(): string {
    return t('cardUntitled');
  },
  get unsure(): string {
    return t('cardUnsure');
  },
  by: (names: string): string => t('cardByline', names),
  get updated(): string {
    return t('cardUpdatedPrefix');
  },
  cut: (read: string, total: string): string => t('cardCut', read, total),

  get switchesLabel(): string {
    return t('cardSwitchesLabel');
  },
  get highlightsOnPage(): string {
    return t('cardHighlightsOnPage');
  },
  get alwaysOnSite(): string {
    return t('cardAlwaysOnSite');
  },
  get alwaysOnSiteHint(): string {
    return t('cardAutoSiteHint');
  },

  get summary(): string {
    return t('cardSummary');
  },
  get publisherLabel(): string {
    return t('cardPublisherLabel');
  },
  get keySentencesLabel(): string {
    return t('cardKeySentencesLabel');
  },
  showInPage: (text: string): string => t('cardShowInPage', text),
  get creditLede(): string {
    return t('cardCreditLede');
  },
  get creditChromeWorking(): string {
    return t('cardCreditChromeWorking');
  },
  get creditChrome(): string {
    return t('cardCreditChrome');
  },
  get creditChromeMissing(): string {
    return t('cardCreditChromeMissing');
  },

  get entities(): string {
    return t('cardKeyEntities');
  },
  get noNames(): string {
    return t('cardNoNames');
  },
  // The article's language (issue 17): how it was decided, what Lede cannot read in it yet.
  get languageDeclared(): string {
    return t('cardLanguageDeclared');
  },
  get languageConfirmed(): string {
    return t('cardLanguageConfirmed');
  },
  get languageDetected(): string {
    return t('cardLanguageDetected');
  },
  get languageOverruled(): string {
    return t('cardLanguageOverruled');
  },
  get languageUnknown(): string {
    return t('cardLanguageUnknown');
  },
  languageDetectedMark: (name: string): string => t('cardLanguageDetectedMark', name),
  languageTitle: (name: string, how: string): string => t('cardLanguageTitle', name, how),
  namesNotAvailable: (language: string): string => t('cardNamesNotAvailable', language),
  get languageNotTold(): string {
    return t('cardLanguageNotTold');
  },
  datesNotAvailable: (language: string): string => t('cardDatesNotAvailable', language),
  // A spoken name starts with the visible text ("Rhine 5"), so a voice-control user can say
  // what they see (WCAG 2.5.3).
  mentions: (name: string, n: number): string =>
    n === 1 ? t('cardMentionOne', name, n) : t('cardMentionMany', name, n),
  get wikipedia(): string {
    return t('cardWikipedia');
  },
  onWikipedia: (name: string): string => t('cardOnWikipedia', name),
  more: (n: number): string => t('cardMore', n),
  moreLabel: (n: number, type: string): string => t('cardMoreLabel', n, type),
  get fewer(): string {
    return t('cardFewer');
  },

  get context(): string {
    return t('cardContext');
  },
  lookingUp: (name: string): string => t('cardLookingUp', name),
  get nothingToLookUp(): string {
    return t('cardNoLookups');
  },

  get timeline(): string {
    return t('cardTimeline');
  },
  get noDates(): string {
    return t('cardNoDates');
  },
  get approximate(): string {
    return t('cardApproximate');
  },
  showAllDates: (n: number): string => t('cardShowAllDates', n),
  get showFewerDates(): string {
    return t('cardShowFewerDates');
  },

  get display(): string {
    return t('cardDisplay');
  },
  get show(): string {
    return t('cardShow');
  },
  get hideOnSite(): string {
    return t('cardHideOnSite');
  },
  get everyMention(): string {
    return t('cardEveryMention');
  },

  get copyMarkdown(): string {
    return t('cardCopyMarkdown');
  },
  get copyJson(): string {
    return t('cardCopyJson');
  },
  get options(): string {
    return t('cardOptions');
  },
  copied: (format: string): string => t('cardCopied', format),
  get clipboardRefused(): string {
    return t('cardCopyRefused');
  },
} as const;
