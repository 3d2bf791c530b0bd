// Makes the README's screenshots of the editor page: Debian's chromium driven by
// playwright-core, against a safe-exec server this script starts on a free port (or
// SAFE_EXEC_URL). Run through scripts/screenshot.sh, which builds first.
//
// Environment: SAFE_EXEC_BIN (the server), SAFE_EXEC_WWW (its web root),
// SAFE_EXEC_SHOTS (output directory, default docs/), CHROMIUM (default /usr/bin/chromium).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium, startServer, stopServer, waitForVerdict } from './lib.mjs';

const outDir = process.env.SAFE_EXEC_SHOTS || path.resolve('docs');
mkdirSync(outDir, { recursive: true });

async function runExample(page, id) {
  await page.selectOption('#examples', id);
  await page.click('#run');
  await waitForVerdict(page);
  // Nothing focused: no focus ring, no blinking cursor in the picture.
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
}

let server = null;
let browser = null;
try {
  let url = process.env.SAFE_EXEC_URL;
  if (!url) {
    server = await startServer('');
    url = server.url;
  }
  browser = await launchChromium();
  const shots = [
    // A run that used standard input: the page's every part has something in it.
    { file: 'screenshot.png', viewport: { width: 1280, height: 800 }, example: 'stdin' },
    // The checker's verdict on a phone: the marker in the editor, the list below.
    { file: 'screenshot-phone.png', viewport: { width: 390, height: 844 },
      example: 'rejected-import', fullPage: true },
  ];
  for (const s of shots) {
    const page = await browser.newPage({ viewport: s.viewport, deviceScaleFactor: 1 });
    await page.goto(url + '/');
    await page.waitForSelector('html.is-ready');
    await runExample(page, s.example);
    const file = path.join(outDir, s.file);
    await page.screenshot({ path: file, fullPage: Boolean(s.fullPage) });
    console.log(`${file}: ${s.example} -> ${await page.getAttribute('#badge', 'data-status')}`);
    await page.close();
  }
} finally {
  if (browser) await browser.close();
  await stopServer(server);
}
