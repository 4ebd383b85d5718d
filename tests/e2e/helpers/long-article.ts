/**
 * A long news article written for the tests, of about `words` words: paragraphs built from
 * templates with rotating people, organisations, places and dates, so the page has many
 * distinct names and dates as a real long read would.
 */
const PEOPLE = [
  'Martina Vogel',
  'Kofi Mensah',
  'Ana Lima',
  'Tomasz Wójcik',
  'Leyla Demir',
  'Hiroshi Tanaka',
  'Sanne Visser',
  'Javier Moreno',
];
const ORGS = [
  'the Rhine Shipping Association',
  'BASF',
  'the European Commission',
  'Maersk',
  'the Port of Rotterdam',
  'Deutsche Bahn',
];
const PLACES = ['Duisburg', 'Basel', 'Rotterdam', 'Cologne', 'Strasbourg', 'Mannheim', 'Koblenz', 'Antwerp'];
const DATES = [
  'on Monday',
  'last week',
  'in March',
  'since early 2024',
  'on 12 June 2025',
  'next month',
  'in the third quarter',
  'two years ago',
];

const TEMPLATES = [
  (p: string, o: string, l: string, d: string) =>
    `${p}, who has worked on the river for two decades, said ${d} that barges leaving ${l} were carrying barely half their usual load, and that ${o} had warned its members to expect further delays.`,
  (p: string, o: string, l: string, d: string) =>
    `Water levels near ${l} fell ${d} to their lowest point in years, according to figures published by ${o}. ${p} said the numbers matched what crews had been seeing for weeks.`,
  (p: string, o: string, l: string, d: string) =>
    `Officials at ${o} met ${d} to discuss emergency measures, including dredging near ${l} and temporary rail links. "We cannot wait for the rain," ${p} told reporters after the meeting.`,
  (p: string, o: string, l: string, d: string) =>
    `Chemical makers along the Rhine have cut output ${d}, and some plants near ${l} now rely on trucks. ${p}, an analyst, said the cost would show up in prices by the end of the year, and that ${o} would feel it first.`,
];

export function longArticle(words: number): string {
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const t = TEMPLATES[i % TEMPLATES.length] as (typeof TEMPLATES)[number];
    const text = t(
      PEOPLE[i % PEOPLE.length] as string,
      ORGS[(i * 5) % ORGS.length] as string,
      PLACES[(i * 3) % PLACES.length] as string,
      DATES[(i * 7) % DATES.length] as string,
    );
    count += text.split(/\s+/u).length;
    paragraphs.push(`<p>${text}</p>`);
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>The long drought on the Rhine</title>
<meta property="article:published_time" content="2025-08-14T06:00:00Z">
<style>body { font: 18px/1.6 Georgia, serif; max-width: 40em; margin: 2em auto; background: #fff; color: #222; }</style>
</head><body><article><h1>The long drought on the Rhine</h1>
${paragraphs.join('\n')}
</article></body></html>`;
}
