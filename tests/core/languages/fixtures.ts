/** Short news articles in several languages, written for these tests. */
import type { ArticleMeta, ArticleText } from '../../../src/core/types';

export const meta = (patch: Partial<ArticleMeta> = {}): ArticleMeta => ({
  url: 'https://news.example/a',
  title: null,
  byline: [],
  publishedTime: '2026-11-26T09:00:00+01:00',
  modifiedTime: null,
  siteName: null,
  lang: null,
  dir: 'ltr',
  excerpt: null,
  leadImage: null,
  sources: {},
  ...patch,
});

export const articleOf = (paragraphs: string[], patch: Partial<ArticleMeta> = {}): ArticleText => ({
  meta: meta(patch),
  blocks: paragraphs.map((text, id) => ({ id, kind: 'paragraph', text })),
  isArticle: true,
  reason: 'test',
});

export const GERMAN = [
  'Die Bundesregierung hat am Dienstag einen neuen Vorschlag für die Reform der Rente vorgelegt. Nach dem 1. Oktober 2014 hatte sich die Lage grundlegend verändert, sagte Arbeitsministerin Katrin Vogel in Berlin.',
  'Bis Ende 2029 sollen nach dem Plan zehntausend neue Stellen in den Ämtern entstehen. Die Opposition kritisierte den Vorschlag scharf und verlangte eine Abstimmung im Bundestag.',
];

export const SPANISH = [
  'El Gobierno de España presentó el martes una nueva propuesta de reforma de las pensiones. El ministro de Economía, Carlos Cuerpo, dijo en Madrid que la situación ha cambiado desde el 1 de octubre de 2014.',
  'Según el plan, a finales de 2029 habrá diez mil nuevos empleos públicos. El Partido Popular criticó la propuesta y pidió una votación en el Congreso de los Diputados.',
];

export const DUTCH = [
  'De Nederlandse regering heeft dinsdag een nieuw voorstel voor de hervorming van de pensioenen gedaan. Minister Eelco Heinen zei in Den Haag dat de situatie sinds 1 oktober 2014 fundamenteel is veranderd.',
  'Volgens het plan moeten er eind 2029 tienduizend nieuwe banen bij de overheid zijn. De oppositie van GroenLinks-PvdA bekritiseerde het voorstel en eiste een stemming in de Tweede Kamer.',
];

export const POLISH = [
  'Rząd przedstawił we wtorek nową propozycję reformy emerytur. Minister finansów Andrzej Domański powiedział w Warszawie, że sytuacja zmieniła się zasadniczo od 1 października 2014 roku.',
  'Według planu do końca 2029 roku powstanie dziesięć tysięcy nowych miejsc pracy w administracji. Opozycja skrytykowała propozycję i zażądała głosowania w Sejmie.',
];

export const FRENCH = [
  'Le gouvernement a présenté mardi une nouvelle proposition de réforme des retraites. La ministre du Travail, Catherine Vautrin, a déclaré à Paris que la situation avait changé depuis le 1er octobre 2014.',
  "Selon le plan, fin 2029, dix mille nouveaux emplois publics seront créés. L'opposition a vivement critiqué la proposition et a demandé un vote à l'Assemblée nationale.",
];

export const ENGLISH = [
  'The government presented a new proposal to reform pensions on Tuesday. Labour minister Katrin Vogel said in London that the situation had changed since October 1, 2014.',
  'By the end of 2029 the plan would create ten thousand new jobs. The opposition criticised the proposal and demanded a vote in Parliament.',
];
