// The editor page in a real browser (Debian's chromium driven by playwright-core)
// against a real safe-exec server that this test starts on a free port and stops.
//
// Environment (set by tests/browser/CMakeLists.txt):
//   SAFE_EXEC_BIN        the server binary
//   SAFE_EXEC_WWW        the web root the build made (index.html + static/)
//   SAFE_EXEC_ARTIFACTS  where the screenshots go
//   CHROMIUM             the browser (default /usr/bin/chromium)
//   SAFE_EXEC_URL        optional: test a server that is already running instead
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium, startServer, stopServer, waitForVerdict } from './lib.mjs';

const artifacts = process.env.SAFE_EXEC_ARTIFACTS || path.resolve('test-artifacts');
mkdirSync(artifacts, { recursive: true });

let server = null;       // { child, url, log() }, when this test started the server
let baseUrl = process.env.SAFE_EXEC_URL || '';
// The server this test starts wants an API key, so the page's 401 path is tested too.
let apiKey = process.env.SAFE_EXEC_URL ? (process.env.SAFE_EXEC_TEST_API_KEY || '') : '';
let browser = null;
let page = null;
const pageErrors = [];

async function startOwnServer() {
  apiKey = randomBytes(12).toString('hex');
  server = await startServer(apiKey);
  baseUrl = server.url;
}

// How many containers of the server with this pid the engine still holds (their
// owner label is <boot id>:<pid>:<start time>); null when there is no docker CLI.
function containersOf(pid) {
  let out;
  try {
    out = execFileSync('docker', ['ps', '-a', '--filter', 'label=safe-exec.managed',
                                  '--format', '{{.Label "safe-exec.owner"}}'], { encoding: 'utf8' });
  } catch {
    return null;
  }
  return out.split('\n').filter((owner) => owner.split(':')[1] === String(pid)).length;
}

async function shot(name) {
  await page.screenshot({ path: path.join(artifacts, `editor-${name}.png`), fullPage: true });
}

// Replaces the editor's text by typing it, as a person would. Lines carry no
// indentation of their own: the editor indents after a colon by itself.
async function typeCode(code) {
  await page.click('.CodeMirror-code');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  const lines = code.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(lines[i]);
  }
}

// Runs with the keyboard shortcut and waits for the verdict; returns the badge status.
async function runAndWait(trigger = 'keys') {
  if (trigger === 'keys') await page.keyboard.press('Control+Enter');
  else await page.click('#run');
  await waitForVerdict(page);
  return page.getAttribute('#badge', 'data-status');
}

async function loadExample(id) {
  await page.selectOption('#examples', id);
}

before(async () => {
  if (!baseUrl) await startOwnServer();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (err) => pageErrors.push(err.message));
  await page.goto(baseUrl + '/');
});

after(async () => {
  if (browser) await browser.close();
  await stopServer(server);
});

test('the page loads with the editor, its controls and every example', async () => {
  await page.waitForSelector('html.is-ready');
  assert.equal(await page.locator('.CodeMirror').count(), 1, 'CodeMirror is up');
  assert.equal(await page.locator('.CodeMirror-linenumber').first().isVisible(), true);
  // The syntax highlighting comes from the python mode served by the server.
  assert.ok(await page.locator('.cm-builtin, .cm-string').count() > 0, 'python is highlighted');
  for (const id of ['hello', 'arithmetic', 'loop', 'infinite-loop', 'memory-bomb', 'fork-bomb',
                    'network', 'write-outside-tmp', 'write-tmp', 'read-passwd', 'rejected-import']) {
    assert.equal(await page.locator(`#examples option[value="${id}"]`).count(), 1, `example ${id}`);
  }
  for (const id of ['examples', 'timeout', 'stdin', 'format-json', 'format-raw']) {
    const label = await page.locator(`label[for="${id}"]`).count();
    assert.ok(label > 0, `#${id} has a label`);
  }
  await shot('01-loaded');
});

test('the API key is asked for on 401, then sent with every run', async (t) => {
  if (!apiKey) return t.skip('the server needs no API key');
  await page.click('#run');
  await page.waitForSelector('#key-dialog[open]');
  assert.equal(await page.getAttribute('#badge', 'data-status'), 'http_error');
  assert.match(await page.textContent('#badge'), /401/);
  assert.match(await page.textContent('#key-dialog-reason'), /\S/, 'the server\'s reason is shown');
  await shot('02-api-key');
  await page.fill('#api-key', apiKey);
  await page.keyboard.press('Enter');
  // Saving the key runs the code again, now with the key.
  await page.waitForFunction(() => document.getElementById('badge').dataset.status === 'ok',
                             null, { timeout: 60000 });
  assert.equal(await page.textContent('#out-stdout'), 'Hello, world!\n');
  assert.match(await page.textContent('#key-button'), /set/);
  assert.equal(await page.evaluate(() => localStorage.getItem('safe-exec.apiKey')), apiKey);
});

test('typed code runs and its output shows, with the button busy meanwhile', async () => {
  await typeCode('import time\ntime.sleep(1)\nfor i in range(3):\nprint("line", i * 7)');
  assert.match(await page.textContent('#cursor-pos'), /^Ln 4,/);
  // The editor indented the loop body by itself.
  assert.equal(await page.evaluate(() => document.querySelector('.CodeMirror').CodeMirror.getLine(3)),
               '    print("line", i * 7)');
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(() => document.getElementById('run').disabled);
  assert.match(await page.textContent('#run'), /Running/);
  await shot('03-running');
  const status = await runAndWait('none');
  assert.equal(status, 'ok', await page.textContent('#console'));
  assert.equal(await page.textContent('#out-stdout'), 'line 0\nline 7\nline 14\n');
  assert.equal(await page.textContent('#fact-exit'), '0');
  assert.equal(await page.isDisabled('#run'), false);
  await shot('04-ok');
});

test('stdin reaches the program', async () => {
  await loadExample('stdin');
  await page.fill('#stdin', 'Grace\n2\n');
  assert.equal(await runAndWait('click'), 'ok', await page.textContent('#console'));
  const out = await page.textContent('#out-stdout');
  assert.match(out, /1\. Hello, Grace!\n2\. Hello, Grace!\n/);
});

test('stderr is told apart from stdout and the exit code is shown', async () => {
  await loadExample('exception');
  assert.equal(await runAndWait(), 'error');
  assert.equal(await page.textContent('#out-stdout'), 'parsing...\n');
  assert.match(await page.textContent('#out-stderr'), /Traceback[\s\S]*JSONDecodeError/);
  assert.equal(await page.textContent('#fact-exit'), '1');
  await shot('05-stderr');
});

test('a rejected import is marked on its line, with the message on hover', async () => {
  await loadExample('rejected-import');
  assert.equal(await runAndWait(), 'rejected');
  const want = (await page.evaluate(() =>
    document.querySelector('.CodeMirror').CodeMirror.getValue().split('\n')
      .indexOf('import subprocess'))) + 1;
  assert.ok(want > 0, 'the example imports subprocess on a line of its own');
  const item = page.locator('.violation').first();
  assert.match(await item.textContent(), new RegExp(`Line ${want}:1.*subprocess`));
  // The gutter marker sits on that line of the editor, and only there.
  const markedLines = await page.evaluate(() =>
    [...document.querySelectorAll('.CodeMirror-code > div')]
      .filter((row) => row.querySelector('.cm-violation-marker'))
      .map((row) => row.querySelector('.CodeMirror-linenumber').textContent));
  assert.deepEqual(markedLines, [String(want)]);
  // The underline covers the statement (the mark spans several highlighted tokens).
  const underlined = await page.evaluate(() =>
    [...document.querySelectorAll('.CodeMirror-code .cm-violation')].map((s) => s.textContent).join(''));
  assert.equal(underlined, 'import subprocess');
  await page.hover('.CodeMirror-code .cm-violation >> nth=-1');
  assert.match(await page.getAttribute('.CodeMirror-code .cm-violation >> nth=-1', 'title'), /subprocess/);
  assert.match(await page.getAttribute('.cm-violation-marker', 'title'), /subprocess/);
  // Clicking the entry puts the cursor on that line.
  await page.click('#examples');
  await page.keyboard.press('Escape');
  await item.click();
  assert.equal(await page.textContent('#cursor-pos'), `Ln ${want}, Col 1`);
  await shot('06-rejected');
  await page.setViewportSize({ width: 375, height: 812 });
  await shot('07-phone-rejected');
  await page.setViewportSize({ width: 1280, height: 800 });
});

test('an infinite loop ends with the timeout badge', async () => {
  await page.fill('#timeout', '2');
  await loadExample('infinite-loop');
  const started = Date.now();
  assert.equal(await runAndWait(), 'timeout', await page.textContent('#console'));
  assert.ok(Date.now() - started < 20000, 'the 2 s limit was applied');
  assert.match(await page.textContent('#console'), /time/i);
  await shot('08-timeout');
});

// A memory bomb needs about half a second of CPU to reach 128 MiB; on a machine busy
// with other work the 10 s default can pass first. 30 s keeps this about the memory.
const MEMORY_BOMB_TIMEOUT = '30';

test('a memory bomb ends with the memory limit badge', async () => {
  await page.fill('#timeout', MEMORY_BOMB_TIMEOUT);
  await loadExample('memory-bomb');
  assert.equal(await runAndWait(), 'memory_limit', await page.textContent('#console'));
  await shot('09-memory');
});

test('raw mode shows the plain text answer', async () => {
  await page.click('label[for="format-raw"]');
  await loadExample('hello');
  assert.equal(await runAndWait(), 'ok');
  assert.equal(await page.textContent('#out-output'), 'Hello, world!\n');
  assert.equal(await page.textContent('#fact-exit'), '0');
  // A raw 422 carries only text: the page asks POST /check for the lines to mark.
  await loadExample('rejected-import');
  assert.equal(await runAndWait(), 'rejected');
  assert.match(await page.textContent('#console'), /subprocess/);
  assert.equal(await page.locator('.CodeMirror-code .cm-violation-marker').count(), 1);
  await shot('09-raw-rejected');
  await page.click('label[for="format-json"]');
});

test('every example ends as its comment says', async () => {
  // An empty time limit: each example brings its own (the infinite loop: 3 s).
  await page.fill('#timeout', '');
  const examples = await page.evaluate(() =>
    window.SAFE_EXEC_EXAMPLES.map((ex) => ({ id: ex.id, expect: ex.expect })));
  assert.ok(examples.length >= 11);
  for (const ex of examples) {
    if (ex.expect === 'memory_limit') await page.fill('#timeout', MEMORY_BOMB_TIMEOUT);
    await loadExample(ex.id);
    const status = await runAndWait();
    await page.fill('#timeout', '');
    assert.equal(status, ex.expect, `${ex.id}: ${await page.textContent('#console')}`);
    if (status === 'rejected') {
      assert.ok(await page.locator('.CodeMirror-code .cm-violation-marker').count() > 0,
                `${ex.id} is marked in the editor`);
    }
  }
  await loadExample('output-flood');
  assert.equal(await runAndWait(), 'output_limit');
  assert.match(await page.textContent('#console'), /Output truncated/);
  assert.equal((await page.textContent('#out-stdout')).length, 64 * 1024, 'the 64 KiB kept are shown');
  await shot('10-output-limit');
});

test('the keyboard leaves the editor with Esc then Tab, and Tab alone indents', async () => {
  await loadExample('hello');
  await page.evaluate(() => {
    const cm = document.querySelector('.CodeMirror').CodeMirror;
    cm.focus();
    cm.setCursor(0, 0);
  });
  await page.keyboard.press('Tab');
  const inEditor = () => page.evaluate(() => !!document.activeElement.closest('.CodeMirror'));
  assert.equal(await inEditor(), true, 'Tab alone stays in the editor');
  assert.equal(await page.evaluate(() =>
    document.querySelector('.CodeMirror').CodeMirror.getLine(0)), '    print("Hello, world!")');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  assert.equal(await inEditor(), false, 'Esc, Tab moved the focus out of the editor');
});

test('on a phone-sized window nothing overflows and a run brings the verdict into view', async () => {
  await page.setViewportSize({ width: 375, height: 667 });
  try {
    await page.evaluate(() => window.scrollTo(0, 0));
    const overflow = await page.evaluate(() =>
      document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    await loadExample('hello');
    // One column: the console starts below the editor, out of sight.
    assert.ok(await page.evaluate(() =>
      document.getElementById('badge').getBoundingClientRect().top > window.innerHeight));
    assert.equal(await runAndWait('click'), 'ok');
    const top = await page.evaluate(() => document.getElementById('badge').getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 667, `the badge is at ${top}px, off the screen`);
    assert.equal(await page.textContent('#out-stdout'), 'Hello, world!\n');
    await page.screenshot({ path: path.join(artifacts, 'editor-12-phone-ok.png') });
  } finally {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate(() => window.scrollTo(0, 0));
  }
});

// ---- live runs (issue 16): stream, stop, runtime marks, indentation, stdin hint ----

const cmCall = (fn, ...args) => page.evaluate(([f, a]) => {
  const cm = document.querySelector('.CodeMirror').CodeMirror;
  return cm[f](...a);
}, [fn, args]);

async function setCode(code) {
  await page.evaluate((c) => document.querySelector('.CodeMirror').CodeMirror.setValue(c), code);
}

async function queueRunning() {
  return page.evaluate(async () => (await (await fetch('healthz')).json()).queue.running);
}

test('output streams into the console before the run ends', async () => {
  await page.check('#format-json');
  await setCode('import time\nprint("first", flush=True)\ntime.sleep(3)\nprint("second")\n');
  const t0 = Date.now();
  await page.click('#run');
  await page.waitForFunction(() => {
    const o = document.getElementById('out-stdout');
    return o && o.textContent.includes('first');
  }, null, { timeout: 30000 });
  const firstAfter = Date.now() - t0;
  assert.equal(await page.getAttribute('#badge', 'data-status'), 'running',
               'the first line came while the run was still going');
  assert.equal(await page.isVisible('#stop'), true, 'Stop is offered while running');
  await shot('13-streaming');
  await waitForVerdict(page);
  assert.ok(Date.now() - t0 - firstAfter > 1500, 'the first line came about 3 s before the end');
  assert.equal(await page.textContent('#out-stdout'), 'first\nsecond\n');
  assert.equal(await page.isVisible('#stop'), false);
});

test('Stop cancels the run and frees its slot; Esc in the console does too', async () => {
  await setCode('import time\nfor i in range(100):\n    print(i, flush=True)\n    time.sleep(0.2)\n');
  await page.click('#run');
  await page.waitForFunction(() => (document.getElementById('out-stdout') || {}).textContent,
                             null, { timeout: 30000 });
  await page.click('#stop');
  await waitForVerdict(page);
  assert.equal(await page.getAttribute('#badge', 'data-status'), 'cancelled');
  assert.match(await page.textContent('#console'), /cancelled/i);
  assert.match(await page.textContent('#out-stdout'), /^0\n/);
  for (const deadline = Date.now() + 2000; await queueRunning() !== 0;) {
    assert.ok(Date.now() < deadline, 'the run still holds its slot 2 s after Stop');
    await new Promise((r) => setTimeout(r, 100));
  }
  // A silent program: no id yet, so Stop hangs up, which cancels on the server too.
  await setCode('import time\ntime.sleep(20)\n');
  await page.click('#run');
  await page.waitForFunction(() => document.getElementById('badge').dataset.status === 'running');
  await new Promise((r) => setTimeout(r, 1500));
  await page.focus('#console');
  await page.keyboard.press('Escape');
  await waitForVerdict(page);
  assert.equal(await page.getAttribute('#badge', 'data-status'), 'cancelled');
  for (const deadline = Date.now() + 2000; await queueRunning() !== 0;) {
    assert.ok(Date.now() < deadline, 'the silent run still holds its slot 2 s after Esc');
    await new Promise((r) => setTimeout(r, 100));
  }
});

test('a runtime error marks its line, and the traceback links to the code', async () => {
  await setCode('def half(x):\n    return x / 0\n\nprint(half(4))\n');
  assert.equal(await runAndWait('click'), 'error');
  const marker = page.locator('.cm-runtime-marker');
  assert.equal(await marker.count(), 1);
  assert.equal(await marker.getAttribute('data-line'), '2', 'the innermost frame of main.py');
  // CodeMirror draws a mark as one span per token of the line.
  assert.ok(await page.locator('.cm-runtime-error').count() > 0, 'the line is underlined');
  assert.deepEqual(await page.evaluate(() => document.querySelector('.CodeMirror').CodeMirror
    .getAllMarks().filter((m) => m.className === 'cm-runtime-error')
    .map((m) => m.find().from.line)), [1], 'on line 2 only');
  const links = page.locator('#out-stderr .tb-link');
  assert.deepEqual(await links.evaluateAll((as) => as.map((a) => a.dataset.line)), ['4', '2']);
  await links.first().click();
  assert.match(await page.textContent('#cursor-pos'), /^Ln 4,/);
  await shot('14-runtime-error');
  // Copy and download are offered for the output.
  assert.equal(await page.isEnabled('#copy-output'), true);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-output')]);
  assert.equal(download.suggestedFilename(), 'output.txt');
});

test('Backspace in an indent removes a level; Tab and Shift-Tab indent selections', async () => {
  await typeCode('if True:');
  await page.keyboard.press('Enter');
  assert.match(await page.textContent('#cursor-pos'), /^Ln 2, Col 5$/);
  await page.keyboard.press('Backspace');
  assert.match(await page.textContent('#cursor-pos'), /^Ln 2, Col 1$/, 'one level, not one space');
  await page.keyboard.type('x = 1');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Tab');
  assert.equal(await cmCall('getLine', 1), '    x = 1');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await cmCall('getLine', 1), 'x = 1');
  // An IndentationError still points at its line: the checker refuses it as
  // "syntax", with CPython's line, before anything runs.
  await setCode('if True:\n    a = 1\n  b = 2\n');
  assert.equal(await runAndWait('click'), 'rejected');
  assert.match(await page.textContent('.violation'), /Line 3:.*syntax.*indentation/);
  assert.equal(await page.locator('.cm-violation-marker').getAttribute('data-line'), '3');
});

test('input() with an empty stdin box says where input goes', async () => {
  await page.fill('#stdin', '');
  await setCode('name = input()\nprint(name)\n');
  assert.equal(await runAndWait('click'), 'error');
  assert.match(await page.textContent('#console'), /Standard input box/);
});

test("an example's time limit applies only while it is loaded unchanged", async () => {
  await page.fill('#timeout', '');
  await loadExample('infinite-loop');
  assert.equal(await page.inputValue('#timeout'), '3');
  await page.click('.CodeMirror-code');
  await page.keyboard.press('End');
  await page.keyboard.type(' ');
  assert.equal(await page.inputValue('#timeout'), '', 'edited: the user\'s own limit is back');
  await loadExample('infinite-loop');
  await loadExample('hello');
  assert.equal(await page.inputValue('#timeout'), '');
});

test('on a phone, violations are listed under the console and a tap moves the cursor', async () => {
  await page.setViewportSize({ width: 375, height: 667 });
  try {
    await setCode('x = 1\nimport os\n');
    assert.equal(await runAndWait('click'), 'rejected');
    const item = page.locator('.violation').first();
    assert.match(await item.textContent(), /Line 2:1/);
    await item.tap().catch(() => item.click());
    assert.match(await page.textContent('#cursor-pos'), /^Ln 2,/);
    const overflow = await page.evaluate(() =>
      document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  } finally {
    await page.setViewportSize({ width: 1280, height: 800 });
  }
});

// ---- rules panel (issue 13): "What can I use?", built from GET /rules ----

const rulesRequests = [];

function formatBytes(n) {
  if (n >= 1048576 && n % 1048576 === 0) return `${n / 1048576} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}

test('the rules panel says so when GET /rules fails, and loads it on the next open', async () => {
  page.on('request', (req) => { if (new URL(req.url()).pathname === '/rules') rulesRequests.push(req.url()); });
  await page.route('**/rules', (route) => route.fulfill({ status: 503, body: 'down' }));
  try {
    await page.click('#rules-button');
    await page.waitForSelector('#rules-panel[open]');
    await page.waitForSelector('#rules-status.is-error');
    assert.match(await page.textContent('#rules-status'), /Could not load the rules: .*HTTP 503/);
    assert.equal(await page.isVisible('#rules-status .rules-retry'), true, 'Try again is offered');
    assert.equal(await page.locator('.rules-module').count(), 0);
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#rules-panel[open]').count(), 0);
  } finally {
    await page.unroute('**/rules');
  }
  rulesRequests.length = 0;
});

test('the rules panel lists modules and builtins, filters, inserts, shows the limits, closes on Esc', async () => {
  const rules = await (await fetch(baseUrl + '/rules')).json();
  await setCode('x = 1\n');
  await page.evaluate(() => document.querySelector('.CodeMirror').CodeMirror.setCursor({ line: 1, ch: 0 }));
  await page.click('#rules-button');
  await page.waitForSelector('#rules-panel[open]');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'rules-filter', 'the filter has the focus');
  await page.waitForSelector('.rules-module[data-module="math"]');
  assert.equal(await page.getAttribute('#rules-button', 'aria-expanded'), 'true');
  // Every module of /rules, and nothing else: math is there, os is not.
  const listed = await page.$$eval('.rules-module', (els) => els.map((e) => e.dataset.module));
  assert.deepEqual(listed, Object.keys(rules.modules).sort());
  assert.ok(!listed.includes('os') && !listed.includes('subprocess'), 'os is not listed');
  // Refused builtins with a reason, and the alternative where there is one.
  const refused = await page.$$eval('#rules-refused .rules-builtin', (els) => els.map((e) => e.dataset.builtin));
  assert.deepEqual(refused, [...rules.refused_builtins].sort());
  assert.match(await page.textContent('#rules-refused [data-builtin="open"]'), /files.*Instead: input\(\)/);
  assert.match(await page.textContent('#rules-refused [data-builtin="eval"]'), /code evaluation/);
  assert.match(await page.textContent('#rules-refused [data-builtin="globals"]'), /namespaces/);
  const guarded = await page.$$eval('#rules-guarded .rules-builtin', (els) => els.map((e) => e.dataset.builtin));
  assert.deepEqual(guarded, [...rules.guarded_builtins].sort());
  // The limits are the server's.
  const s = rules.service;
  const limits = Object.fromEntries(await page.$$eval('.rules-limit',
    (els) => els.map((e) => [e.dataset.limit, e.querySelector('dd').textContent])));
  assert.equal(limits.code, `${s.max_code_chars} characters`);
  assert.equal(limits.time, `${s.timeout_s} s by default, up to ${s.max_timeout_s} s`);
  assert.equal(limits.memory, formatBytes(s.memory_bytes));
  assert.equal(limits.output, `${formatBytes(s.stream_cap_bytes)} kept per stream; stopped past ${formatBytes(s.output_limit_bytes)}`);
  assert.equal(limits.stdin, formatBytes(s.max_stdin_bytes));
  assert.equal(limits.cpus, s.cpus < 1 ? `${s.cpus} of a core` : `${s.cpus} core${s.cpus === 1 ? '' : 's'}`);
  assert.equal(limits.pids, String(s.pids));
  await shot('15-rules-panel');
  // Filtering narrows the list to the modules that have the name, expanded to it.
  await page.fill('#rules-filter', 'sqrt');
  const narrowed = await page.$$eval('.rules-module', (els) => els.map((e) => e.dataset.module));
  const want = Object.keys(rules.modules).sort().filter((m) =>
    m.includes('sqrt') || rules.modules[m].allowed_attributes.some((a) => a.toLowerCase().includes('sqrt')));
  assert.deepEqual(narrowed, want);
  assert.ok(narrowed.includes('math') && narrowed.length < listed.length, `filtered: ${narrowed}`);
  assert.deepEqual(await page.$$eval('.rules-module[data-module="math"] .rules-attr', (els) => els.map((e) => e.textContent)),
                   rules.modules.math.allowed_attributes.filter((a) => a.includes('sqrt')));
  assert.equal(await page.locator('#rules-refused-section').isVisible(), false, 'no builtin matches sqrt');
  assert.match(await page.textContent('#rules-status'), new RegExp(`^${want.length} of ${listed.length} modules match`));
  await page.fill('#rules-filter', 'zzz-nothing');
  assert.equal(await page.locator('.rules-module').count(), 0);
  assert.match(await page.textContent('#rules-modules'), /No module matches/);
  // Without a filter a module starts collapsed; expanding it shows all its names.
  await page.fill('#rules-filter', '');
  const toggle = page.locator('.rules-module[data-module="math"] .rules-module__toggle');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('.rules-attr[data-insert="math.sqrt"]').count(), 0);
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.equal(await page.locator('.rules-module[data-module="math"] .rules-attr').count(),
               rules.modules.math.allowed_attributes.length);
  // A click inserts math.sqrt at the cursor, with the import it needs, and closes the panel.
  await page.click('.rules-attr[data-insert="math.sqrt"]');
  assert.equal(await page.locator('#rules-panel[open]').count(), 0);
  assert.equal(await cmCall('getValue'), 'import math\nx = 1\nmath.sqrt');
  assert.equal(await page.evaluate(() => !!document.activeElement.closest('.CodeMirror')), true,
               'the editor has the focus back');
  await page.keyboard.type('(2)');
  // An import already there is not repeated.
  await page.click('#rules-button');
  await page.waitForSelector('#rules-panel[open]');
  await page.click('.rules-attr[data-insert="math.pi"]');  // still expanded
  assert.equal(await cmCall('getValue'), 'import math\nx = 1\nmath.sqrt(2)math.pi');
  // A __future__ feature is an import at the top, and other imports go after it.
  await setCode('x = 1\n');
  await page.click('#rules-button');
  await page.fill('#rules-filter', 'annotations');
  await page.click('.rules-attr[data-insert="__future__.annotations"]');
  await page.click('#rules-button');
  await page.fill('#rules-filter', 'dumps');
  await page.evaluate(() => document.querySelector('.CodeMirror').CodeMirror.setCursor({ line: 2, ch: 0 }));
  await page.click('.rules-attr[data-insert="json.dumps"]');
  assert.equal(await cmCall('getValue'), 'from __future__ import annotations\nimport json\nx = 1\njson.dumps');
  await page.click('#rules-button');
  await page.fill('#rules-filter', '');
  // Esc closes it, from the filter and from a module, and the focus returns to the button.
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#rules-panel[open]').count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'rules-button');
  assert.equal(await page.getAttribute('#rules-button', 'aria-expanded'), 'false');
  await page.click('#rules-button');
  await page.focus('.rules-module[data-module="json"] .rules-module__toggle');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#rules-panel[open]').count(), 0);
  assert.equal(rulesRequests.length, 1, `GET /rules is loaded once: ${rulesRequests}`);
});

test('the rules panel fits a phone', async () => {
  await page.setViewportSize({ width: 375, height: 667 });
  try {
    await page.evaluate(() => window.scrollTo(0, 0));
    const header = await page.$eval('.topbar', (e) => e.scrollWidth - e.clientWidth);
    assert.ok(header <= 0, `the header overflows by ${header}px`);
    // The header's buttons (they may wrap into rows) stay on screen, clear of the name.
    const clash = await page.evaluate(() => {
      const name = document.querySelector('.brand__name').getBoundingClientRect();
      return [...document.querySelectorAll('.topbar button')].map((b) => {
        const r = b.getBoundingClientRect();
        const overlaps = r.left < name.right && r.right > name.left && r.top < name.bottom && r.bottom > name.top;
        return overlaps || r.left < 0 || r.right > window.innerWidth ? `${b.id} at ${r.left}..${r.right}` : null;
      }).filter(Boolean);
    });
    assert.deepEqual(clash, [], 'a header button overlaps the name or leaves the screen');
    await page.click('#rules-button');
    await page.waitForSelector('#rules-panel[open]');
    await page.fill('#rules-filter', 'dumps');
    const box = await page.$eval('#rules-panel', (e) => {
      const r = e.getBoundingClientRect();
      const body = document.getElementById('rules-body');
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom,
               sideways: body.scrollWidth - body.clientWidth };
    });
    assert.ok(box.left >= 0 && box.right <= 375 && box.top >= 0 && box.bottom <= 667,
              `the panel is at ${JSON.stringify(box)}`);
    assert.ok(box.sideways <= 0, `the panel scrolls sideways by ${box.sideways}px`);
    for (const sel of ['#rules-close', '#rules-filter', '.rules-module[data-module="json"] .rules-attr >> nth=0']) {
      assert.equal(await page.locator(sel).isVisible(), true, `${sel} is visible`);
    }
    await page.screenshot({ path: path.join(artifacts, 'editor-16-phone-rules.png') });
    await page.click('#rules-close');
    assert.equal(await page.locator('#rules-panel[open]').count(), 0);
  } finally {
    await page.setViewportSize({ width: 1280, height: 800 });
  }
});

test('a server that is gone is reported clearly, and it left no container', async (t) => {
  if (!server) return t.skip('the server was not started by this test');
  const pid = server.child.pid;
  await stopServer(server);
  await loadExample('hello');
  assert.equal(await runAndWait(), 'unreachable');
  assert.match(await page.textContent('#console'), /Could not reach the server/);
  await shot('11-unreachable');
  assert.equal(containersOf(pid) ?? 0, 0, 'the stopped server left containers behind');
});

test('the page raised no script error', () => {
  assert.deepEqual(pageErrors, []);
});
