// What the browser test (editor.test.mjs) and the screenshot script (screenshot.mjs)
// share: a safe-exec server of their own on a free port, Debian's chromium with the
// flags this machine needs, and waiting for a run's verdict on the page.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { chromium } from 'playwright-core';

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

// Starts SAFE_EXEC_BIN on a free port serving SAFE_EXEC_WWW, wanting apiKey ('' for
// none), and waits until /healthz answers 200. Returns { child, url, log() }.
export async function startServer(apiKey) {
  const bin = process.env.SAFE_EXEC_BIN;
  if (!bin) throw new Error('SAFE_EXEC_BIN must name the server binary');
  const port = await freePort();
  // History and shares in a directory of the server's own, removed when it stops.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'safe-exec-browser-'));
  const child = spawn(bin,
    ['--host', '127.0.0.1', '--port', String(port), '--www', process.env.SAFE_EXEC_WWW,
     '--data-dir', dataDir],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, SAFE_EXEC_API_KEY: apiKey } });
  let log = '';
  const keep = (chunk) => { log = (log + chunk).slice(-20000); };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const server = { child, url: `http://127.0.0.1:${port}`, log: () => log, dataDir };
  let last = '';
  for (const deadline = Date.now() + 60000; Date.now() < deadline;) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(server.url + '/healthz');
      if (res.ok) return server;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = err.message;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stopServer(server);
  throw new Error(`server at ${server.url} did not become healthy (${last})\n${log}`);
}

// SIGTERM (the server removes its containers), SIGKILL after 15 s.
export async function stopServer(server) {
  if (!server || server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 15000);
  await exited;
  clearTimeout(timer);
  if (server.dataDir) rmSync(server.dataDir, { recursive: true, force: true });
}

// Without the background-networking flags chromium keeps dialling out, and this
// machine's closed network refuses it many times a second.
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
           '--disable-background-networking', '--disable-component-update',
           '--disable-sync', '--disable-quic'],
  });
}

// Waits until the run the page started has its verdict: the badge left running/idle
// and the Run button is enabled again.
export async function waitForVerdict(page) {
  await page.waitForFunction(() => {
    const s = document.getElementById('badge').dataset.status;
    return s !== 'running' && s !== 'idle' && !document.getElementById('run').disabled;
  }, null, { timeout: 60000 });
}
