// Makes the README's screenshots of the editor page: Debian's chromium driven by
// playwright-core, against a safe-exec server this script starts on a free port (or
// SAFE_EXEC_URL). Run through scripts/screenshot.sh, which builds first.
//
// Environment: SAFE_EXEC_BIN (the server), SAFE_EXEC_WWW (its web root),
// SAFE_EXEC_SHOTS (output directory, default docs/), CHROMIUM (default /usr/bin/chromium).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';

const outDir = process.env.SAFE_EXEC_SHOTS || path.resolve('docs');
mkdirSync(outDir, { recursive: true });

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function startServer() {
  const port = await freePort();
  const child = spawn(process.env.SAFE_EXEC_BIN,
    ['--host', '127.0.0.1', '--port', String(port), '--www', process.env.SAFE_EXEC_WWW],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, SAFE_EXEC_API_KEY: '' } });
  let log = '';
  child.stderr.on('data', (chunk) => { log = (log + chunk).slice(-8000); });
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 60000; Date.now() < deadline;) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(url + '/healthz')).ok) return { child, url };
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGTERM');
  throw new Error(`the server did not become healthy:\n${log}`);
}

async function runExample(page, id) {
  await page.selectOption('#examples', id);
  await page.click('#run');
  await page.waitForFunction(() => {
    const s = document.getElementById('badge').dataset.status;
    return s !== 'running' && s !== 'idle' && !document.getElementById('run').disabled;
  }, null, { timeout: 60000 });
  // Nothing focused: no focus ring, no blinking cursor in the picture.
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
}

let server = null;
let browser = null;
try {
  let url = process.env.SAFE_EXEC_URL;
  if (!url) {
    server = await startServer();
    url = server.url;
  }
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
           '--disable-background-networking', '--disable-component-update',
           '--disable-sync', '--disable-quic'],
  });
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
  if (server) {
    const exited = new Promise((resolve) => server.child.once('exit', resolve));
    server.child.kill('SIGTERM');
    await exited;
  }
}
