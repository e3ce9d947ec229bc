/** The system Chromium for the end-to-end tests: the same launcher and flags as the command-line companion. */
export { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium } from '../../scripts/system-chromium';
