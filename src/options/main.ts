/** The options page's entry: wires the real browser into the page. */
import { chromeOptionsEnv } from './env';
import { startOptions } from './options';

const root = document.getElementById('options');
if (root) void startOptions(root, chromeOptionsEnv());
