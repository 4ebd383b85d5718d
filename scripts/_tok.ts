import { tokenize } from '../src/core/segment/tokens';
for (const s of [
  'the NFL.',
  "MILAN'S coach",
  'Lebed, Chechnya',
  'Paris St Germain won.',
  'U.S. Treasuries',
  'Tyson in Las Vegas.',
])
  console.log(JSON.stringify(tokenize(s).map((t) => t.text)));
