// The editor's Share button, the page at /s/<id> and the History panel, in Debian's
// chromium against a real server (with an API key, so the history is the key's).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium, startServer, stopServer, waitForVerdict } from './lib.mjs';

const artifacts = process.env.SAFE_EXEC_ARTIFACTS || path.resolve('test-artifacts');
mkdirSync(artifacts, { recursive: true });
const apiKey = randomBytes(12).toString('hex');
let server = null;
let browser = null;
let context = null;
const pageErrors = [];

async function newPage(url) {
  const page = await context.newPage();
  page.on('pageerror', (err) => pageErrors.push(err.message));
  const res = await page.goto(url);
  return { page, res };
}

before(async () => {
  server = await startServer(apiKey);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // The key as the page keeps it after its dialog.
  await context.addInitScript((key) => {
    window.localStorage.setItem('safe-exec.apiKey', key);
  }, apiKey);
});

after(async () => {
  if (browser) await browser.close();
  await stopServer(server);
});

const CODE = 'print("shared " + input())';

test('Share gives a link, and the link opens the program in the editor', async () => {
  const { page } = await newPage(server.url + '/');
  await page.waitForSelector('html.is-ready');
  await page.evaluate((code) => {
    document.querySelector('.CodeMirror').CodeMirror.setValue(code);
  }, CODE);
  await page.fill('#stdin', 'link');
  await page.click('#share-button');
  await page.waitForSelector('#share-link');
  const link = await page.getAttribute('#share-link', 'href');
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/s\/[A-Za-z0-9_-]{10,}$/);
  assert.match(await page.textContent('#share-bar'), /Shared/);
  await page.screenshot({ path: path.join(artifacts, 'history-01-shared.png') });

  // Another visitor: a fresh context, no key, no draft.
  const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const visitor = await other.newPage();
  visitor.on('pageerror', (err) => pageErrors.push(err.message));
  const res = await visitor.goto(link);
  assert.equal(res.status(), 200);
  await visitor.waitForFunction((code) =>
    document.querySelector('.CodeMirror').CodeMirror.getValue() === code, CODE);
  assert.equal(await visitor.inputValue('#stdin'), 'link');
  assert.match(await visitor.textContent('#share-bar'), /Shared program/);
  // Its assets came from the site's root, not from /s/.
  assert.equal(await visitor.locator('.CodeMirror').count(), 1);
  await visitor.screenshot({ path: path.join(artifacts, 'history-02-shared-page.png') });
  await other.close();

  const missing = await context.newPage();
  assert.equal((await missing.goto(server.url + '/s/AAAAAAAAAAAAAAAA')).status(), 404);
  await missing.close();
  await page.close();
});

test('History lists the runs made with this key, and a click loads one with its output', async () => {
  const { page } = await newPage(server.url + '/');
  await page.waitForSelector('html.is-ready');
  await page.evaluate((code) => {
    document.querySelector('.CodeMirror').CodeMirror.setValue(code);
  }, CODE);
  await page.fill('#stdin', 'history');
  await page.click('#run');
  await waitForVerdict(page);
  assert.equal(await page.getAttribute('#badge', 'data-status'), 'ok');

  // The run is recorded in the background: refresh until it is listed.
  await page.click('#history-button');
  let first = '';
  for (let i = 0; i < 50 && first !== CODE; i++) {
    await page.waitForTimeout(100);
    await page.click('#history-refresh');
    await page.waitForFunction(() => document.getElementById('history-message').hidden ||
      document.getElementById('history-message').textContent !== 'Loading…');
    first = await page.locator('.history-item__code').first().textContent().catch(() => '');
  }
  assert.equal(first, CODE);
  await page.screenshot({ path: path.join(artifacts, 'history-03-panel.png') });

  // Load it into a fresh editor: code, stdin and output come back.
  await page.evaluate(() => document.querySelector('.CodeMirror').CodeMirror.setValue('pass'));
  await page.fill('#stdin', '');
  await page.locator('.history-item').first().click();
  await page.waitForFunction((code) =>
    document.querySelector('.CodeMirror').CodeMirror.getValue() === code, CODE);
  assert.equal(await page.inputValue('#stdin'), 'history');
  await page.waitForSelector('#out-stdout');
  assert.equal(await page.textContent('#out-stdout'), 'shared history\n');
  assert.equal(await page.getAttribute('#badge', 'data-status'), 'ok');
  await page.close();
});

test('the pages raised no script error', () => {
  assert.deepEqual(pageErrors, []);
});
