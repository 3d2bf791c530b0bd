// GET /openapi.json against a real server: the served document is the repository's
// file, a valid OpenAPI 3.1 description (@apidevtools/swagger-parser), it describes
// every route the server has, and real answers of every kind (JSON, raw, streamed
// lines, errors of the layer and of the application) match the schemas it gives for
// their path, method, status and content type (ajv, JSON Schema 2020-12).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import SwaggerParser from '@apidevtools/swagger-parser';
import Ajv2020 from 'ajv/dist/2020.js';
import { startServer, stopServer } from '../browser/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const FILE = path.join(here, '..', '..', 'templates', 'static', 'openapi.json');

// Every route of src/app/routes.c, as the document must name it.
const ROUTES = ['post /run', 'post /check', 'get /rules', 'delete /runs/{id}', 'get /healthz',
  'get /metrics', 'get /openapi.json', 'get /', 'get /static/{path}',
  // history and share links
  'post /share', 'get /share/{id}', 'get /s/{id}', 'get /runs', 'get /runs/{id}'];

let checked = 0;

function main() {
  return (async () => {
    const server = await startServer('');
    try {
      await run(server.url);
    } catch (err) {
      console.error(server.log().slice(-3000));
      throw err;
    } finally {
      await stopServer(server);
    }
    console.log(`openapi: document valid, ${checked} real answers match their schemas`);
  })();
}

async function run(base) {
  const res = await fetch(base + '/openapi.json');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^application\/json/);
  const served = await res.json();
  assert.deepEqual(served, JSON.parse(readFileSync(FILE, 'utf8')), 'served != the file');
  await SwaggerParser.validate(structuredClone(served));      // throws when invalid
  assert.equal(served.openapi.slice(0, 3), '3.1');

  const have = [];
  for (const [p, item] of Object.entries(served.paths))
    for (const m of ['get', 'post', 'delete', 'put', 'patch'])
      if (item[m]) have.push(`${m} ${p}`);
  for (const r of ROUTES) assert.ok(have.includes(r), `the document lacks ${r}`);

  const doc = await SwaggerParser.dereference(structuredClone(served));
  const ajv = new Ajv2020({ strict: false, allErrors: true });

  // Validates one answer against doc: the schema of (method, path, status, type).
  function check(method, docPath, status, type, value, headers) {
    const op = doc.paths[docPath][method];
    assert.ok(op, `${method} ${docPath} not described`);
    const ans = op.responses[String(status)];
    assert.ok(ans, `${method} ${docPath}: status ${status} not described`);
    const media = ans.content?.[type] ?? ans.content?.['*/*'];
    assert.ok(media, `${method} ${docPath} ${status}: ${type} not described`);
    const validate = ajv.compile(media.schema);
    assert.ok(validate(value),
      `${method} ${docPath} ${status} ${type}: ${JSON.stringify(validate.errors)}\n` +
      JSON.stringify(value).slice(0, 400));
    for (const [name, h] of Object.entries(ans.headers ?? {})) {
      const v = headers?.get(name);
      if (v === null || v === undefined) continue;
      const hv = ajv.compile(h.schema);
      const typed = h.schema.type === 'integer' ? Number(v) : v;
      assert.ok(hv(typed), `header ${name}: ${v} ${JSON.stringify(hv.errors)}`);
    }
    checked++;
  }

  async function call(method, url, body, docPath, opts = {}) {
    const init = { method, headers: {} };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      init.headers['Content-Type'] = opts.ctype ?? 'application/json';
    }
    const r = await fetch(base + url, init);
    const type = (r.headers.get('content-type') || '').split(';')[0];
    const text = await r.text();
    const value = type === 'application/json' ? JSON.parse(text) : text;
    check(method.toLowerCase(), docPath, r.status, type, value, r.headers);
    return { status: r.status, value, headers: r.headers };
  }

  // /run: each outcome, JSON and raw; the application's and the layer's errors.
  let a = await call('POST', '/run', { code: 'print(2 + 2)' }, '/run');
  assert.equal(a.value.status, 'ok');
  a = await call('POST', '/run', { code: 'print(1 / 0)', stdin: null }, '/run');
  assert.equal(a.value.status, 'error');
  a = await call('POST', '/run', { code: 'while True:\n    pass', timeout: 1 }, '/run');
  assert.equal(a.value.status, 'timeout');
  a = await call('POST', '/run?raw=1', { code: "print('x' * 70000)" }, '/run');
  assert.equal(a.headers.get('x-truncated'), 'true');
  a = await call('POST', '/run', { code: 'import os' }, '/run');
  assert.equal(a.status, 422);
  a = await call('POST', '/run', { code: 'print(1)', languag: 'python' }, '/run');
  assert.equal(a.status, 400);
  a = await call('POST', '/run', '{"code":', '/run');
  assert.equal(a.status, 400);
  a = await call('POST', '/run', { code: 'x'.repeat(5001) }, '/run');
  assert.equal(a.status, 413);
  a = await call('POST', '/run', '{"code":"1"}', '/run', { ctype: 'text/plain' });
  assert.equal(a.status, 415);
  // /check
  a = await call('POST', '/check', { code: 'print(1)' }, '/check');
  assert.equal(a.value.ok, true);
  a = await call('POST', '/check', { code: 'import os' }, '/check');
  assert.equal(a.value.ok, false);
  // health, metrics, the editor, static files
  await call('GET', '/rules', undefined, '/rules');
  await call('GET', '/healthz', undefined, '/healthz');
  await call('GET', '/metrics', undefined, '/metrics');
  await call('GET', '/', undefined, '/');
  await call('GET', '/static/app.js', undefined, '/static/{path}');
  a = await call('GET', '/static/nope.js', undefined, '/static/{path}');
  assert.equal(a.status, 404);
  // cancel: none in progress
  a = await call('DELETE', '/runs/01ARZ3NDEKTSV4RRFFQ69G5FAV', undefined, '/runs/{id}');
  assert.equal(a.status, 404);

  // A stream: every line matches StreamLine; a DELETE mid-run matches Cancelled.
  const sr = await fetch(base + '/run?stream=1', {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code: 'import time\nfor i in range(40):\n    print(i)\n    time.sleep(0.25)' }),
  });
  assert.equal(sr.status, 200);
  assert.equal(sr.headers.get('content-type'), 'application/x-ndjson');
  const id = sr.headers.get('x-run-id');
  const reader = sr.body.pipeThrough(new TextDecoderStream()).getReader();
  let buf = '', lines = [], cancelled = false;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buf += value;
    let nl;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const line = JSON.parse(buf.slice(0, nl));
      buf = buf.slice(nl + 1);
      lines.push(line);
      check('post', '/run', 200, 'application/x-ndjson', line, sr.headers);
      if (!cancelled && line.type === 'stdout') {
        cancelled = true;
        const d = await call('DELETE', `/runs/${id}`, undefined, '/runs/{id}');
        assert.equal(d.status, 200);
        assert.deepEqual(d.value, { id, status: 'cancelled' });
      }
    }
  }
  assert.equal(lines.at(-1).type, 'result');
  assert.equal(lines.at(-1).status, 'cancelled');
  assert.equal(lines.at(-1).id, id);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
