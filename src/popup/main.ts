/** The popup's entry: wires the real browser actions into the app. */
import { chromeActions } from './actions';
import { startPopup } from './app';

const root = document.getElementById('app');
if (root) void startPopup(root, chromeActions(new URLSearchParams(location.search)), () => new Date());
