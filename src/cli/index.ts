/** Entry point of the built command line (dist-cli/lede.mjs). */
import { main } from './main';

process.exitCode = await main(process.argv.slice(2));
