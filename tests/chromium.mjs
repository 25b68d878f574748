// One launch recipe for every real-Chromium run (e2e, demo --check, bench): Debian chromium, headless,
// no sandbox (root in CI) and no background traffic to Google, which this machine's network refuses.
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
