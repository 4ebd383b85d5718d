/**
 * The byline family the metadata dev set's mismatches showed Lede getting wrong (headers33):
 * a French page that credits its writer under the headline as "Un texte de <name>" while its
 * author tag names the site's desk with the site's address closing it ("Zone Justice et faits
 * divers - ICI.Radio-Canada.ca"). The writer shown is the author; the desk's tag is an
 * organisation's credit, kept only when the page shows no one.
 * (Round 2) a credit in Latin letters with its reading in kana after a slash ("NeoL／ネオエル")
 * is one name, not two people.
 */
import { describe, expect, test } from 'vitest';
import { cleanNames, isSiteCredit } from '../../src/article/metadata/byline';
import { bylineAfter } from '../../src/article/metadata/near-headline';
import { HEADER_STORY, headerOf } from './load';

const FR_STORY =
  "<p>Le conseil municipal a approuvé lundi un plan pour creuser le chenal principal du port, un projet qui permettra aux plus grands porte-conteneurs d'y accoster pour la première fois.</p>" +
  "<p>Les travaux doivent commencer au printemps et dureront environ trois ans. L'autorité portuaire estime le coût du projet à 1,2 milliard de dollars.</p>" +
  "<p>Des groupes environnementaux ont averti que le dragage pourrait nuire aux stocks de poissons de la baie. Le ministère de l'Environnement publiera son évaluation d'ici la fin de l'année.</p>";

/** A French page: its author tag `creator`, then `header` (markup) under the headline. */
const frenchPage = (creator: string, header: string): string =>
  '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Le plan du port approuvé | Exemple Info</title>' +
  `<meta property="og:site_name" content="Exemple Info"><meta name="dc.creator" content="${creator}"></head>` +
  '<body><main><article><header><h1>Le plan du port approuvé par le conseil</h1>' +
  '<p class="dek">Le conseil a tranché après un long débat.</p></header>' +
  `${header}<div class="article-body">${FR_STORY}</div></article></main></body></html>`;

const URL = 'https://ici.exemple.ca/nouvelle/port';

describe('"Un texte de" under the headline names the writer, over the desk a tag credits', () => {
  test.each([
    ['<div class="signature"><span>Un texte de</span> <a href="/profil/claire">Claire Dubois</a></div>'],
    [
      '<div class="signature"><span>Un texte de</span> <a href="/profil/claire">Claire Dubois</a> d\'<em>Enquête</em></div>',
    ],
    ['<p>Un texte de Claire Dubois</p>'],
    ['<div><span>Texte de :</span> <strong>Claire Dubois</strong></div>'],
  ])('%s', (header) => {
    expect(headerOf(frenchPage('Zone Économie et finances - ICI.Exemple.ca', header), URL).byline).toEqual([
      'Claire Dubois',
    ]);
  });

  test('the desk is still the credit when the page shows no one', () => {
    const authors = headerOf(frenchPage('Zone Économie - ICI.Exemple.ca', ''), URL).byline;
    expect(authors).toEqual(['Zone Économie']);
  });

  test('a person in the author tag is still the author', () => {
    expect(headerOf(frenchPage('Claire Dubois', ''), URL).byline).toEqual(['Claire Dubois']);
  });
});

describe('the label read alone', () => {
  test('"Un texte de" then the name', () => {
    expect(bylineAfter(['Un texte de', 'Claire Dubois', "d'", 'Enquête'])).toBe('Claire Dubois');
    expect(bylineAfter(['Un texte de Claire Dubois'])).toBe('Claire Dubois');
  });

  test('a sentence speaking of a text is no byline', () => {
    expect(bylineAfter(['Le texte de', 'la loi', 'sera publié demain.'])).toBeNull();
    expect(bylineAfter(['Un texte de loi a été déposé hier à l’Assemblée.'])).toBeNull();
  });
});

describe('a credit closed by a site address', () => {
  test.each([
    ['Zone Justice et faits divers - ICI.Radio-Canada.ca', true],
    ['Rédaction | exemple.fr', true],
    ['Claire Dubois', false],
    ['Claire Dubois - Correspondante', false],
    ['Marc-André Roy', false],
  ])('%s: %s', (value, expected) => {
    expect(isSiteCredit(value)).toBe(expected);
  });
});

describe('a credit in Latin letters with its reading in kana is one name', () => {
  test.each([
    ['NeoL／ネオエル', ['NeoL']],
    ['Harbour Lab / ハーバーラボ', ['Harbour Lab']],
    ['山田太郎／鈴木花子', ['山田太郎', '鈴木花子']],
    ['Ana Lima / Tom Ortega', ['Ana Lima', 'Tom Ortega']],
  ])('%s', (credit, expected) => {
    expect(cleanNames(credit)).toEqual(expected);
  });

  test('on a page, the credit under the headline linked to its author page', () => {
    const html =
      '<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>港の計画が承認された ｜ ハーバー通信</title>' +
      '<meta property="og:site_name" content="ハーバー通信"></head><body><main><article><h1>港の計画が承認された</h1>' +
      '<div class="cattag"><time datetime="2019-04-21T11:51:39+09:00">2019/04/21 11:51</time> ' +
      '<span class="prof"><a href="https://harbour.example/author/neol" rel="author">NeoL／ネオエル</a></span></div>' +
      `<div class="article-body">${HEADER_STORY}</div></article></main></body></html>`;
    expect(headerOf(html).byline).toEqual(['NeoL']);
  });
});
