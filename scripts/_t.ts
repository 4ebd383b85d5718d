import { loadRecogniser } from '../src/cli/model';
const r = loadRecogniser();
for (const t of process.argv.slice(2)) console.log(JSON.stringify(r.recognise([{ id: 0, kind: 'paragraph', text: t }]).map((m) => [m.text, m.type])));
