// `node scripts/parallel.mjs SCRIPT...`: runs the package's npm scripts side by side, as many at
// once as the machine has cores, and prints each one's output whole when it ends (so two outputs
// never interleave). Exits 1 when any of them failed, after all have ended. `npm test` uses it for
// the checks and builds that do not depend on each other (typecheck, lint, the two builds the
// browser tests load).
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const scripts = process.argv.slice(2);
const width = Math.max(1, Math.min(availableParallelism(), scripts.length));

/** Runs `npm run <name>`, its stdout and stderr kept together; resolves to whether it passed. */
function run(name) {
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => out.push(b));
    child.on('close', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(`\n> ${name} (${seconds} s${code === 0 ? '' : `, failed with ${code}`})\n`);
      process.stdout.write(Buffer.concat(out));
      done(code === 0);
    });
  });
}

const queue = [...scripts];
let failed = false;
await Promise.all(
  Array.from({ length: width }, async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) if (!(await run(name))) failed = true;
  }),
);
process.exit(failed ? 1 : 0);
