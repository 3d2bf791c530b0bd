/* The safe-exec editor page: sends the code to POST /run (or /run?raw=1) and shows
 * the verdict. Everything the server returns is untrusted program output, so it is
 * only ever put into the page as text (textContent), never as HTML.
 *
 * Works without CodeMirror too (a plain textarea), so a build without the npm
 * assets still gives a usable page. */
(function () {
  'use strict';

  var STORE = 'safe-exec.';
  var CODE_LIMIT = 5000;          /* the server's default; it answers 413 past its own */
  var DEFAULT_TIME_LIMIT_S = 10;  /* only used to draw the progress bar */

  var STATUS_LABELS = {
    idle: 'idle',
    running: 'running',
    ok: 'ok',
    error: 'error',
    timeout: 'timeout',
    memory_limit: 'memory limit',
    output_limit: 'output limit',
    cancelled: 'cancelled',
    rejected: 'rejected',
    http_error: 'server error',
    unreachable: 'unreachable',
  };

  var $ = function (id) { return document.getElementById(id); };
  var els = {
    code: $('code'), stdin: $('stdin'), examples: $('examples'), timeout: $('timeout'),
    run: $('run'), runLabel: $('run-label'), runShortcut: $('run-shortcut'),
    badge: $('badge'), facts: $('facts'), progress: $('progress'), console: $('console'),
    cursorPos: $('cursor-pos'), charCount: $('char-count'),
    keyButton: $('key-button'), keyButtonLabel: $('key-button-label'),
    keyDialog: $('key-dialog'), keyForm: $('key-form'), keyInput: $('api-key'),
    keyReason: $('key-dialog-reason'), keyClear: $('key-clear'), keyCancel: $('key-cancel'),
    stop: $('stop'), copyOutput: $('copy-output'), downloadOutput: $('download-output'),
  };

  /* ---------- storage (may be unavailable: private windows, file://) ---------- */

  function load(name) {
    try { return window.localStorage.getItem(STORE + name); } catch (e) { return null; }
  }
  function save(name, value) {
    try {
      if (value === null || value === '') window.localStorage.removeItem(STORE + name);
      else window.localStorage.setItem(STORE + name, value);
    } catch (e) { /* nothing to do: the setting lasts for this page only */ }
  }

  /* ---------- the editor ---------- */

  var isMac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
  var escapePressed = false;  /* Esc then Tab leaves the editor instead of indenting */
  var editor = createEditor();

  function createEditor() {
    if (!window.CodeMirror) return textareaEditor(els.code);
    var tabOr = function (command) {
      return function (cm) {
        if (escapePressed) return window.CodeMirror.Pass;
        if (command === 'indent' && !cm.somethingSelected()) cm.execCommand('insertSoftTab');
        else cm.execCommand(command === 'indent' ? 'indentMore' : 'indentLess');
      };
    };
    var runKey = function () { run(); };
    var cm = window.CodeMirror.fromTextArea(els.code, {
      mode: { name: 'python', version: 3, singleLineStringErrors: false },
      theme: 'safe-exec',
      lineNumbers: true,
      indentUnit: 4,
      tabSize: 4,
      indentWithTabs: false,
      smartIndent: true,
      matchBrackets: true,
      autoCloseBrackets: true,
      styleActiveLine: true,
      lineWrapping: true,
      screenReaderLabel: 'Python code',
      gutters: ['cm-violations', 'CodeMirror-linenumbers'],
      extraKeys: {
        'Tab': tabOr('indent'),
        'Shift-Tab': tabOr('outdent'),
        'Backspace': backspaceDedent,
        'Ctrl-Enter': runKey,
        'Cmd-Enter': runKey,
        'Ctrl-/': 'toggleComment',
        'Cmd-/': 'toggleComment',
      },
    });
    cm.on('keydown', function (_cm, e) {
      if (e.key === 'Escape') escapePressed = true;
      /* Returning Pass from the Tab binding is not enough: the default keymap would
         then insert a tab character. Ignored here, the key reaches the browser,
         which moves the focus. */
      else if (e.key === 'Tab' && escapePressed) e.codemirrorIgnore = true;
      else if (e.key !== 'Shift') escapePressed = false;
    });
    cm.on('blur', function () { escapePressed = false; });
    cm.on('cursorActivity', updateStatusLine);
    cm.on('change', function () { codeEdited(); });
    return {
      cm: cm,
      get: function () { return cm.getValue(); },
      /* Replacing the whole range keeps it undoable: Ctrl+Z brings the old code back. */
      set: function (text) {
        cm.replaceRange(text, { line: 0, ch: 0 }, { line: cm.lastLine() }, 'example');
        cm.setCursor({ line: 0, ch: 0 });
        cm.scrollTo(0, 0);
      },
      focus: function () { cm.focus(); },
      cursor: function () { var c = cm.getCursor(); return { line: c.line + 1, col: c.ch + 1 }; },
      goTo: function (line, col) {
        cm.focus();
        cm.setCursor({ line: line - 1, ch: Math.max(0, col - 1) });
        cm.scrollIntoView(null, 80);
      },
    };
  }

  /* Backspace in the leading whitespace of a line removes one indent level (to the
     previous multiple of 4), not one space: deleting a single space of an automatic
     indent made an IndentationError the user could not see. Elsewhere it is the
     usual Backspace. */
  function backspaceDedent(cm) {
    if (cm.somethingSelected()) return window.CodeMirror.Pass;
    var cur = cm.getCursor();
    var before = cm.getLine(cur.line).slice(0, cur.ch);
    if (cur.ch === 0 || /[^ ]/.test(before)) return window.CodeMirror.Pass;
    var unit = cm.getOption('indentUnit') || 4;
    var to = (Math.ceil(cur.ch / unit) - 1) * unit;
    cm.replaceRange('', { line: cur.line, ch: to }, cur, '+delete');
    return undefined;
  }

  function textareaEditor(ta) {
    ta.classList.add('plain-editor');
    ta.addEventListener('input', function () { codeEdited(); });
    ta.addEventListener('keyup', updateStatusLine);
    ta.addEventListener('click', updateStatusLine);
    return {
      cm: null,
      get: function () { return ta.value; },
      set: function (text) { ta.value = text; ta.setSelectionRange(0, 0); },
      focus: function () { ta.focus(); },
      cursor: function () {
        var before = ta.value.slice(0, ta.selectionStart).split('\n');
        return { line: before.length, col: before[before.length - 1].length + 1 };
      },
      goTo: function (line, col) {
        var lines = ta.value.split('\n'), pos = 0;
        for (var i = 0; i < line - 1 && i < lines.length; i++) pos += lines[i].length + 1;
        pos += Math.max(0, col - 1);
        ta.focus();
        ta.setSelectionRange(pos, pos);
      },
    };
  }

  function codeLength(text) {
    var n = 0;
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff) n++;  /* count a surrogate pair once */
    }
    return n;
  }

  function updateStatusLine() {
    var c = editor.cursor();
    els.cursorPos.textContent = 'Ln ' + c.line + ', Col ' + c.col;
    var n = codeLength(editor.get());
    els.charCount.textContent = n + ' / ' + CODE_LIMIT;
    els.charCount.classList.toggle('is-over', n > CODE_LIMIT);
  }

  var settingCode = false;  /* true while the page itself replaces the code */

  function codeEdited() {
    updateStatusLine();
    saveDraftSoon();
    /* Once edited, the code is the user's own, not the example named in the menu,
       and the example's settings no longer apply. */
    if (!settingCode && els.examples) {
      els.examples.value = '';
      dropExampleSettings();
    }
  }

  function setCode(text) {
    settingCode = true;
    try { editor.set(text); } finally { settingCode = false; }
  }

  var draftTimer = 0;
  function saveDraftSoon() {
    clearTimeout(draftTimer);
    draftTimer = setTimeout(function () {
      save('code', editor.get());
      save('stdin', els.stdin.value);
    }, 400);
  }

  /* ---------- examples ---------- */

  var examples = window.SAFE_EXEC_EXAMPLES || [];

  function buildExampleMenu() {
    var draft = document.createElement('option');
    draft.value = '';
    draft.textContent = 'Your code';
    els.examples.appendChild(draft);
    var groups = {};
    examples.forEach(function (ex) {
      if (!groups[ex.group]) {
        groups[ex.group] = document.createElement('optgroup');
        groups[ex.group].label = ex.group;
        els.examples.appendChild(groups[ex.group]);
      }
      var opt = document.createElement('option');
      opt.value = ex.id;
      opt.textContent = ex.title;
      groups[ex.group].appendChild(opt);
    });
    els.examples.addEventListener('change', function () {
      var ex = findExample(els.examples.value);
      if (ex) loadExample(ex);
    });
  }

  var exampleSettings = null;  /* the user's settings an example replaced, while loaded */

  function dropExampleSettings() {
    if (!exampleSettings) return;
    els.timeout.value = exampleSettings.timeout;
    exampleSettings = null;
  }

  function findExample(id) {
    for (var i = 0; i < examples.length; i++) if (examples[i].id === id) return examples[i];
    return null;
  }

  function loadExample(ex) {
    clearMarks();
    setCode(ex.code);
    els.stdin.value = ex.stdin || '';
    /* A demo that runs into the time limit waits less, but only while it is loaded
       unchanged: editing the code or loading another example gives the user's own
       limit back. */
    dropExampleSettings();
    if (ex.timeout) {
      exampleSettings = { timeout: els.timeout.value };
      els.timeout.value = String(ex.timeout);
    }
    els.examples.value = ex.id;
    updateStatusLine();
    saveDraftSoon();
  }

  /* ---------- settings: format, time limit, API key ---------- */

  function rawMode() { return $('format-raw').checked; }

  function initSettings() {
    if (load('format') === 'raw') $('format-raw').checked = true;
    document.querySelectorAll('input[name="format"]').forEach(function (r) {
      r.addEventListener('change', function () { save('format', rawMode() ? 'raw' : 'json'); });
    });
    var t = load('timeout');
    if (t) els.timeout.value = t;
    els.timeout.addEventListener('change', function () {
      exampleSettings = null;    /* chosen by the user: it stays */
      save('timeout', els.timeout.value.trim());
    });
    els.stdin.addEventListener('input', saveDraftSoon);
    els.runShortcut.textContent = isMac ? '\u2318+Enter' : 'Ctrl+Enter';
    updateKeyButton();
  }

  function apiKey() { return load('apiKey') || sessionKey; }
  var sessionKey = '';  /* used when localStorage is unavailable */

  function updateKeyButton() {
    var set = !!apiKey();
    els.keyButton.classList.toggle('is-set', set);
    els.keyButtonLabel.textContent = set ? 'API key set' : 'API key';
  }

  var rerunAfterKey = false;

  function openKeyDialog(reason) {
    els.keyInput.value = apiKey();
    els.keyReason.hidden = !reason;
    els.keyReason.textContent = reason || '';
    rerunAfterKey = !!reason;
    if (typeof els.keyDialog.showModal === 'function') {
      els.keyDialog.showModal();
    } else {
      var typed = window.prompt((reason ? reason + '\n' : '') + 'API key:', apiKey());
      if (typed !== null) storeKey(typed);
      return;
    }
    els.keyInput.focus();
  }

  function storeKey(value) {
    value = value.trim();
    sessionKey = value;
    save('apiKey', value);
    updateKeyButton();
  }

  function initKeyDialog() {
    els.keyButton.addEventListener('click', function () { openKeyDialog(''); });
    els.keyForm.addEventListener('submit', function (e) {
      e.preventDefault();
      storeKey(els.keyInput.value);
      els.keyDialog.close();
      if (rerunAfterKey && apiKey()) run();
    });
    els.keyCancel.addEventListener('click', function () { els.keyDialog.close(); });
    els.keyClear.addEventListener('click', function () {
      storeKey('');
      els.keyInput.value = '';
      els.keyDialog.close();
    });
    els.keyDialog.addEventListener('close', function () {
      rerunAfterKey = false;
      els.keyButton.focus();
    });
  }

  /* ---------- violation markers in the editor ---------- */

  var marks = [];

  function clearMarks() {
    if (!editor.cm) return;
    var cm = editor.cm;
    marks.forEach(function (m) {
      if (m.clear) m.clear();
      else cm.removeLineClass(m.line, 'background', 'cm-violation-line');
    });
    marks = [];
    cm.clearGutter('cm-violations');
    clearRuntimeMark();
  }

  function violationPos(v) {
    var line = Math.max(1, Number(v.line) || 1);
    var col = Math.max(1, Number(v.column) || 1);
    return { line: line, col: col };
  }

  function markViolations(violations) {
    clearMarks();
    if (!editor.cm || !violations.length) return;
    var cm = editor.cm;
    var byLine = {};
    violations.forEach(function (v) {
      var p = violationPos(v);
      var line = Math.min(p.line, cm.lineCount()) - 1;
      (byLine[line] = byLine[line] || []).push({ v: v, col: p.col });
    });
    Object.keys(byLine).forEach(function (key) {
      var line = Number(key);
      var items = byLine[line];
      var text = cm.getLine(line);
      var end = text.replace(/\s+$/, '').length;
      var message = items.map(function (it) { return violationText(it.v); }).join('\n');

      items.forEach(function (it) {
        var from = Math.min(it.col - 1, end);
        if (from >= end) from = text.length - text.replace(/^\s+/, '').length;
        /* Underline just the name the message quotes when it starts at the column
         * (an attribute, a builtin), else the rest of the statement (an import). */
        var to = Math.max(end, from);
        var quoted = /'([^']+)'/.exec(it.v.message || '');
        if (quoted && text.substr(from, quoted[1].length) === quoted[1]) to = from + quoted[1].length;
        marks.push(cm.markText({ line: line, ch: from }, { line: line, ch: to }, {
          className: 'cm-violation',
          title: violationText(it.v),
          clearWhenEmpty: false,
          inclusiveLeft: false,
          inclusiveRight: false,
        }));
      });

      var gutter = document.createElement('span');
      gutter.className = 'cm-violation-marker';
      gutter.textContent = '!';
      gutter.title = message;
      gutter.setAttribute('aria-label', 'Line ' + (line + 1) + ': ' + message);
      gutter.setAttribute('data-line', String(line + 1));
      cm.setGutterMarker(line, 'cm-violations', gutter);
      cm.addLineClass(line, 'background', 'cm-violation-line');
      marks.push({ line: line });
    });
  }

  function violationText(v) {
    return (v.message || 'not allowed') + (v.rule ? ' [' + v.rule + ']' : '');
  }

  /* ---------- running ---------- */

  var running = false;
  var tickTimer = 0;

  function timeLimitSeconds() {
    var t = Number(els.timeout.value);
    return t > 0 ? t : DEFAULT_TIME_LIMIT_S;
  }

  function setRunning(on) {
    running = on;
    var focused = document.activeElement === els.run;
    els.run.disabled = on;
    els.run.classList.toggle('is-running', on);
    els.run.setAttribute('aria-busy', on ? 'true' : 'false');
    els.progress.hidden = !on;
    els.stop.hidden = !on;
    clearInterval(tickTimer);
    if (on) {
      var started = performance.now();
      var limitMs = timeLimitSeconds() * 1000;
      var bar = els.progress.firstElementChild;
      var tick = function () {
        var ms = performance.now() - started;
        els.runLabel.textContent = 'Running\u2026 ' + (ms / 1000).toFixed(1) + ' s';
        bar.style.width = Math.min(100, (ms / limitMs) * 100).toFixed(1) + '%';
      };
      tick();
      tickTimer = setInterval(tick, 100);
      setBadge('running');
      els.console.setAttribute('aria-busy', 'true');
    } else {
      els.runLabel.textContent = 'Run';
      els.console.setAttribute('aria-busy', 'false');
      if (focused || document.activeElement === document.body) els.run.focus();
    }
  }

  function requestHeaders() {
    var h = { 'Content-Type': 'application/json' };
    var key = apiKey();
    if (key) h.Authorization = 'Bearer ' + key;
    return h;
  }

  function run() {
    if (running) return;
    var code = editor.get();
    var body = { code: code };
    if (els.stdin.value) body.stdin = els.stdin.value;
    var t = els.timeout.value.trim();
    if (t) {
      var n = Number(t);
      if (!(n > 0)) {
        showLocalProblem('The time limit must be a number of seconds above 0.');
        els.timeout.focus();
        return;
      }
      body.timeout = n;
    }
    var raw = rawMode();
    clearMarks();
    setRunning(true);
    if (!raw) return runStreamed(body, code);
    var started = performance.now();
    var controller = window.AbortController ? new AbortController() : null;
    live = { controller: controller, id: null, stopped: false };
    /* The server ends every run by itself; this only guards against a hung connection. */
    var guard = setTimeout(function () { if (controller) controller.abort(); },
                           (timeLimitSeconds() + 60) * 1000);
    fetch(raw ? 'run?raw=1' : 'run', {
      method: 'POST',
      headers: requestHeaders(),
      body: JSON.stringify(body),
      signal: controller ? controller.signal : undefined,
      cache: 'no-store',
    }).then(function (res) {
      return res.text().then(function (text) {
        var elapsed = performance.now() - started;
        return handleResponse(res, text, raw, elapsed, code);
      });
    }).catch(function (err) {
      if (live && live.stopped) showStopped('');
      else showUnreachable(err, controller && controller.signal.aborted);
    }).then(function () {
      clearTimeout(guard);
      live = null;
      setRunning(false);
      revealConsole();
    });
  }

  /* In the one-column layout (phones, narrow windows) the console sits below the
     editor, out of sight: without this a run seems to do nothing. Focus stays put. */
  function revealConsole() {
    if (!window.matchMedia || !window.matchMedia('(max-width: 960px)').matches) return;
    var pane = els.console.parentNode;
    var top = pane.getBoundingClientRect().top;
    if (top >= 0 && top < window.innerHeight * 0.6) return;
    pane.scrollIntoView({ block: 'start' });
  }

  function parseJson(res, text) {
    if (!/json/i.test(res.headers.get('Content-Type') || '')) return null;
    try { return JSON.parse(text); } catch (e) { return null; }
  }

  function handleResponse(res, text, raw, elapsed, code) {
    var data = parseJson(res, text);
    if (res.status === 200 && raw) return showRaw(res, text, elapsed);
    if (res.status === 200 && data) return showResult(data, elapsed);
    if (res.status === 422) {
      if (data && data.violations) return showRejected(data.error, data.violations);
      /* Raw answers carry only the message: ask the checker for the lines to mark. */
      return fetchViolations(code).then(function (violations) {
        showRejected(text.trim(), violations);
      });
    }
    return showHttpError(res, data, text);
  }

  function fetchViolations(code) {
    return fetch('check', { method: 'POST', headers: requestHeaders(), body: JSON.stringify({ code: code }) })
      .then(function (res) { return res.ok ? res.json() : null; })
      .then(function (d) { return (d && d.violations) || []; })
      .catch(function () { return []; });
  }

  /* ---------- the console ---------- */

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function setBadge(status, label) {
    els.badge.dataset.status = status;
    els.badge.className = 'badge badge--' + status.replace(/_/g, '-');
    els.badge.textContent = label || STATUS_LABELS[status] || status;
  }

  function setFacts(pairs) {
    els.facts.textContent = '';
    pairs.forEach(function (p) {
      if (p[1] === undefined || p[1] === null || p[1] === '') return;
      var wrap = el('div', 'fact');
      wrap.appendChild(el('dt', null, p[0]));
      var dd = el('dd', null, String(p[1]));
      if (p[2]) dd.id = p[2];
      wrap.appendChild(dd);
      els.facts.appendChild(wrap);
    });
  }

  function formatMs(ms) {
    if (ms === undefined || ms === null || isNaN(ms)) return null;
    ms = Number(ms);
    return ms < 1000 ? Math.round(ms) + ' ms' : (ms / 1000).toFixed(2) + ' s';
  }

  function formatKb(kb) {
    if (!kb && kb !== 0) return null;
    return kb >= 1024 ? (kb / 1024).toFixed(1) + ' MiB' : kb + ' KiB';
  }

  function resetConsole() {
    els.console.textContent = '';
    els.console.scrollTop = 0;
    setOutput('');
  }

  function notice(kind, title, detail) {
    var box = el('div', 'notice notice--' + kind);
    if (title) box.appendChild(el('strong', 'notice__title', title));
    if (detail) box.appendChild(el('span', 'notice__detail', detail));
    els.console.appendChild(box);
    return box;
  }

  function stream(name, text) {
    var box = el('div', 'stream stream--' + name);
    box.appendChild(el('div', 'stream__label', name));
    var pre = el('pre', 'stream__text', text);
    pre.id = 'out-' + name;
    box.appendChild(pre);
    els.console.appendChild(box);
  }

  var STATUS_TITLES = {
    cancelled: 'Stopped: the run was cancelled',
    timeout: 'Stopped: time limit reached',
    memory_limit: 'Stopped: memory limit reached',
    output_limit: 'Stopped: too much output',
    error: 'The program failed',
  };

  function showResult(d, elapsed) {
    var status = STATUS_LABELS[d.status] ? d.status : 'error';
    setBadge(status);
    setFacts([
      ['exit', d.exit_code, 'fact-exit'],
      ['time', formatMs(d.duration_ms), 'fact-duration'],
      ['cpu', formatMs(d.cpu_time_ms)],
      ['memory', formatKb(d.memory_peak_kb)],
      ['output', d.truncated ? 'truncated' : null],
      ['round trip', formatMs(elapsed)],
    ]);
    resetConsole();
    if (status !== 'ok' && d.error) notice(status.replace(/_/g, '-'), STATUS_TITLES[status], d.error);
    if (d.truncated) {
      notice('warn', 'Output truncated',
             'The program printed more than the server keeps: only the beginning is shown.');
    }
    var out = d.stdout !== undefined ? d.stdout : d.output;
    if (out) stream('stdout', out);
    if (d.stderr) stream('stderr', d.stderr);
    if (!out && !d.stderr) els.console.appendChild(el('p', 'console__empty', 'The program printed nothing.'));
    afterResult(d);
  }

  function showRaw(res, text, elapsed) {
    var status = (res.headers.get('X-Status') || 'ok').toLowerCase();
    if (!STATUS_LABELS[status]) status = 'error';
    setBadge(status);
    setFacts([
      ['exit', res.headers.get('X-Exit-Code'), 'fact-exit'],
      ['round trip', formatMs(elapsed), 'fact-duration'],
      ['format', 'raw'],
    ]);
    resetConsole();
    if (text) stream('output', text);
    else els.console.appendChild(el('p', 'console__empty', 'The program printed nothing.'));
    setOutput(text);
    els.console.appendChild(el('p', 'console__hint',
      'Raw mode: stdout and stderr arrive as one text. Switch to JSON to tell them apart.'));
  }

  function showRejected(message, violations) {
    setBadge('rejected');
    setFacts([['violations', violations.length || null]]);
    resetConsole();
    notice('rejected', 'Rejected by the static checker: nothing ran.', message || '');
    if (violations.length) {
      var list = el('ul', 'violations');
      list.setAttribute('aria-label', 'Violations');
      violations.forEach(function (v) {
        var p = violationPos(v);
        var item = el('li');
        var btn = el('button', 'violation');
        btn.type = 'button';
        btn.dataset.line = String(p.line);
        btn.title = 'Go to line ' + p.line;
        btn.appendChild(el('span', 'violation__where', 'Line ' + p.line + ':' + p.col));
        if (v.rule) btn.appendChild(el('span', 'violation__rule', v.rule));
        btn.appendChild(el('span', 'violation__message', v.message || 'not allowed'));
        btn.addEventListener('click', function () { editor.goTo(p.line, p.col); });
        item.appendChild(btn);
        list.appendChild(item);
      });
      els.console.appendChild(list);
      els.console.appendChild(el('p', 'console__hint', editor.cm
        ? 'Each line is marked in the editor: hover the mark to read why, click an entry to go there.'
        : 'Click an entry to go to its line.'));
    }
    markViolations(violations);
  }

  var HTTP_HINTS = {
    400: 'The server could not read the request.',
    401: 'This server needs an API key.',
    404: 'The server has no such endpoint: is this page served by safe-exec?',
    405: 'The server refused the method.',
    413: 'The code or request is larger than the server accepts.',
    415: 'The server refused the content type.',
    429: 'Too many runs in a short time.',
    503: 'The server cannot run code right now.',
  };

  function showHttpError(res, data, text) {
    var status = res.status;
    setBadge('http_error', 'HTTP ' + status);
    setFacts([['status', status + (res.statusText ? ' ' + res.statusText : '')]]);
    resetConsole();
    var detail = (data && data.error) || text.trim() || 'No details given.';
    var hint = HTTP_HINTS[status] || (status >= 500 ? 'The server failed.' : 'The server refused the request.');
    var retry = res.headers.get('Retry-After');
    if (retry) hint += ' Try again in ' + retry + ' s.';
    var box = notice('error', hint, detail);
    if (status === 401) {
      var btn = el('button', 'primary-button notice__action', apiKey() ? 'Change API key' : 'Enter API key');
      btn.type = 'button';
      btn.addEventListener('click', function () { openKeyDialog('The server answered: ' + detail); });
      box.appendChild(btn);
      openKeyDialog('The server answered: ' + detail);
    }
  }

  function showUnreachable(err, timedOut) {
    setBadge('unreachable');
    setFacts([]);
    resetConsole();
    notice('error',
      timedOut ? 'The server did not answer in time.' : 'Could not reach the server.',
      'Check that safe-exec is running and reachable at ' + window.location.origin +
      (err && err.message ? ' (' + err.message + ')' : '') + '.');
  }

  function showLocalProblem(message) {
    setBadge('http_error', 'not sent');
    setFacts([]);
    resetConsole();
    notice('error', 'Nothing was sent.', message);
  }

  /* ---------- history and share links ---------- */
  /* POST /share and the page at s/<id>; GET /runs and runs/<id>. Paths are relative:
     the server gives the page at s/<id> a <base> of the site's root. */

  var sharedPage = /\/s\/([A-Za-z0-9_-]{10,})$/.exec(window.location.pathname);

  function shareBar(kind, text, link) {
    var bar = $('share-bar');
    bar.textContent = '';
    bar.className = 'share-bar share-bar--' + kind;
    bar.appendChild(el('span', 'share-bar__text', text));
    if (link) {
      var a = el('a', 'share-bar__link', link);
      a.href = link;
      a.id = 'share-link';
      bar.appendChild(a);
    }
    bar.hidden = false;
  }

  function share() {
    var body = { code: editor.get(), language: 'python' };
    if (els.stdin.value) body.stdin = els.stdin.value;
    fetch('share', { method: 'POST', headers: requestHeaders(), body: JSON.stringify(body) })
      .then(function (res) {
        return res.text().then(function (text) {
          var d = parseJson(res, text);
          if (res.status !== 201 || !d || !d.id) {
            shareBar('error', 'Not shared: ' + ((d && d.error) || ('HTTP ' + res.status)));
            if (res.status === 401) openKeyDialog('The server answered: ' + ((d && d.error) || ''));
            return;
          }
          var link = new URL('s/' + d.id, document.baseURI).href;
          var note = d.check && d.check.ok === false
            ? 'Shared (the checker rejects it: ' + d.check.error + '). Link: '
            : 'Shared. Link: ';
          var copied = navigator.clipboard && navigator.clipboard.writeText
            ? navigator.clipboard.writeText(link).then(function () { return true; },
                                                        function () { return false; })
            : Promise.resolve(false);
          return copied.then(function (ok) {
            shareBar('ok', note.replace('Link: ', ok ? 'Link copied: ' : 'Link: '), link);
          });
        });
      })
      .catch(function (err) { shareBar('error', 'Not shared: ' + err.message); });
  }

  function loadShared(id) {
    fetch('share/' + id, { cache: 'no-store' })
      .then(function (res) { return res.ok ? res.json() : null; })
      .then(function (d) {
        if (!d) { shareBar('error', 'This shared program could not be loaded.'); return; }
        setCode(d.code);
        els.stdin.value = d.stdin || '';
        els.examples.value = '';
        shareBar('info', 'Shared program: edit and run it; your changes stay in this browser.');
      })
      .catch(function (err) { shareBar('error', 'This shared program could not be loaded: ' + err.message); });
  }

  function historyMessage(text) {
    var m = $('history-message');
    m.textContent = text || '';
    m.hidden = !text;
  }

  function loadHistory() {
    var list = $('history-list');
    historyMessage('Loading…');
    fetch('runs?limit=20', { headers: requestHeaders(), cache: 'no-store' })
      .then(function (res) {
        return res.text().then(function (text) {
          var d = parseJson(res, text);
          list.textContent = '';
          if (!res.ok || !d || !d.runs) {
            historyMessage((d && d.error) || ('HTTP ' + res.status));
            return;
          }
          historyMessage(d.runs.length ? '' : 'No runs yet.');
          d.runs.forEach(function (r) {
            var item = el('li');
            var btn = el('button', 'history-item');
            btn.type = 'button';
            btn.dataset.id = r.id;
            btn.appendChild(el('span', 'history-item__code', r.first_line || '(empty)'));
            btn.appendChild(el('span', 'history-item__meta badge badge--' + r.status.replace(/_/g, '-'),
                               STATUS_LABELS[r.status] || r.status));
            btn.appendChild(el('time', 'history-item__time', new Date(r.time).toLocaleString()));
            btn.addEventListener('click', function () { openRun(r.id); });
            item.appendChild(btn);
            list.appendChild(item);
          });
        });
      })
      .catch(function (err) { historyMessage('Could not load the history: ' + err.message); });
  }

  function openRun(id) {
    fetch('runs/' + id, { headers: requestHeaders(), cache: 'no-store' })
      .then(function (res) { return res.ok ? res.json() : null; })
      .then(function (d) {
        if (!d) { historyMessage('That run could not be loaded.'); return; }
        setCode(d.code);
        els.stdin.value = d.stdin || '';
        els.examples.value = '';
        showResult(d, null);
      })
      .catch(function (err) { historyMessage('That run could not be loaded: ' + err.message); });
  }

  function initHistoryAndShare() {
    $('share-button').addEventListener('click', share);
    var btn = $('history-button');
    btn.addEventListener('click', function () {
      var panel = $('history-panel');
      panel.hidden = !panel.hidden;
      btn.setAttribute('aria-expanded', String(!panel.hidden));
      if (!panel.hidden) loadHistory();
    });
    $('history-refresh').addEventListener('click', loadHistory);
  }

  /* ---------- live runs (issue 16): stream, stop, runtime errors, output ---------- */

  var live = null;       /* the run in progress: { controller, id, stopped } */
  var outputText = '';   /* what Copy and Download take */
  var USER_FILE = 'main.py';   /* the name the entrypoint gives the program */

  function initLive() {
    els.stop.addEventListener('click', stopRun);
    els.console.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && running) { e.preventDefault(); stopRun(); }
    });
    els.copyOutput.addEventListener('click', copyOutput);
    els.downloadOutput.addEventListener('click', downloadOutput);
  }

  function setOutput(text) {
    outputText = text || '';
    els.copyOutput.disabled = !outputText;
    els.downloadOutput.disabled = !outputText;
  }

  /* Stop: with the run's id (it comes with the stream's first line) a DELETE, and the
     stream ends with the cancelled result and the output so far; before that,
     hanging up, which the server takes as a cancel too. */
  function stopRun() {
    if (!live || live.stopped) return;
    live.stopped = true;
    if (live.id) {
      fetch('runs/' + encodeURIComponent(live.id), { method: 'DELETE', headers: requestHeaders() })
        .then(function (res) { if (!res.ok && live && live.controller) live.controller.abort(); })
        .catch(function () { if (live && live.controller) live.controller.abort(); });
    } else if (live.controller) {
      live.controller.abort();
    }
  }

  function showStopped(output) {
    setBadge('cancelled');
    setFacts([]);
    resetConsole();
    notice('cancelled', STATUS_TITLES.cancelled, 'Stopped before the program ended.');
    if (output) stream('stdout', output);
    setOutput(output);
  }

  /* POST /run?stream=1: output goes into the console line by line as the program
     prints; the result line then draws the verdict as for a plain run. */
  function runStreamed(body, code) {
    var started = performance.now();
    var controller = window.AbortController ? new AbortController() : null;
    live = { controller: controller, id: null, stopped: false };
    var guard = setTimeout(function () { if (controller) controller.abort(); },
                           (timeLimitSeconds() + 60) * 1000);
    var shown = '';
    var boxes = {};
    resetConsole();
    setFacts([]);

    function append(kind, data) {
      if (!boxes[kind]) {
        var placeholder = els.console.querySelector('.console__placeholder');
        if (placeholder) placeholder.remove();
        stream(kind, '');
        boxes[kind] = $('out-' + kind);
      }
      boxes[kind].appendChild(document.createTextNode(data));
      shown += data;
      setOutput(shown);
      els.console.scrollTop = els.console.scrollHeight;
    }

    fetch('run?stream=1', {
      method: 'POST',
      headers: requestHeaders(),
      body: JSON.stringify(body),
      signal: controller ? controller.signal : undefined,
      cache: 'no-store',
    }).then(function (res) {
      var type = res.headers.get('Content-Type') || '';
      if (res.status !== 200 || type.indexOf('application/x-ndjson') !== 0 || !res.body) {
        return res.text().then(function (text) {
          return handleResponse(res, text, false, performance.now() - started, code);
        });
      }
      if (live) live.id = res.headers.get('X-Run-Id');
      if (live && live.stopped && live.id) { live.stopped = false; stopRun(); }
      var reader = res.body.getReader();
      var decoder = new TextDecoder();
      var buf = '';
      var result = null;
      var pump = function () {
        return reader.read().then(function (chunk) {
          if (chunk.done) return;
          buf += decoder.decode(chunk.value, { stream: true });
          var nl;
          while ((nl = buf.indexOf('\n')) >= 0) {
            var line = buf.slice(0, nl);
            buf = buf.slice(nl + 1);
            if (!line) continue;
            var msg = JSON.parse(line);
            if (msg.type === 'result') result = msg;
            else append(msg.type === 'stderr' ? 'stderr' : 'stdout', msg.data || '');
          }
          return pump();
        });
      };
      return pump().then(function () {
        var elapsed = performance.now() - started;
        if (result && result.exit_code !== undefined) showResult(result, elapsed);
        else if (result) showHttpError({ status: 503, statusText: '', headers: res.headers },
                                       result, result.error || '');
        else showStopped(shown);
      });
    }).catch(function (err) {
      if (live && live.stopped) showStopped(shown);
      else showUnreachable(err, controller && controller.signal.aborted);
    }).then(function () {
      clearTimeout(guard);
      live = null;
      setRunning(false);
      revealConsole();
    });
  }

  /* After a JSON verdict: the output for Copy/Download, the traceback's line marked
     in the editor and linked from the console, and where input() reads from. */
  function afterResult(d) {
    setOutput((d.stdout || '') + (d.stderr || ''));
    var line = tracebackLine(d.stderr || '');
    if (line) markRuntimeError(line, lastLine(d.stderr));
    linkTraceback();
    if (/\bEOFError\b/.test(d.stderr || '') && !els.stdin.value) {
      notice('warn', 'input() found no input.',
             'The program asked for input, but the Standard input box below the editor is ' +
             'empty: type the lines it reads there, one per input() call, and run again.');
    }
  }

  /* The line of the user's own file where the traceback ends (the innermost frame of
     main.py; the entrypoint's frames are not the user's), or 0. A SyntaxError names
     it as File "main.py", line N without a function. */
  function tracebackLine(text) {
    var re = /File "([^"]+)", line (\d+)/g, m, line = 0;
    while ((m = re.exec(text))) if (m[1] === USER_FILE) line = Number(m[2]);
    return line;
  }

  function lastLine(text) {
    var lines = (text || '').replace(/\s+$/, '').split('\n');
    return lines[lines.length - 1] || 'runtime error';
  }

  var runtimeMark = null;

  function clearRuntimeMark() {
    if (!runtimeMark || !editor.cm) return;
    var cm = editor.cm;
    if (runtimeMark.text) runtimeMark.text.clear();
    cm.removeLineClass(runtimeMark.line, 'background', 'cm-runtime-line');
    if (!cm.lineInfo(runtimeMark.line) || !cm.lineInfo(runtimeMark.line).gutterMarkers ||
        !cm.lineInfo(runtimeMark.line).gutterMarkers['cm-violations'] ||
        cm.lineInfo(runtimeMark.line).gutterMarkers['cm-violations'].className === 'cm-runtime-marker')
      cm.setGutterMarker(runtimeMark.line, 'cm-violations', null);
    runtimeMark = null;
  }

  function markRuntimeError(lineNo, message) {
    if (!editor.cm) return;
    var cm = editor.cm;
    clearRuntimeMark();
    if (lineNo < 1 || lineNo > cm.lineCount()) return;
    var line = lineNo - 1;
    var text = cm.getLine(line);
    var from = text.length - text.replace(/^\s+/, '').length;
    var to = text.replace(/\s+$/, '').length;
    var gutter = document.createElement('span');
    gutter.className = 'cm-runtime-marker';
    gutter.textContent = '!';
    gutter.title = message;
    gutter.setAttribute('aria-label', 'Line ' + lineNo + ': ' + message);
    gutter.setAttribute('data-line', String(lineNo));
    cm.setGutterMarker(line, 'cm-violations', gutter);
    cm.addLineClass(line, 'background', 'cm-runtime-line');
    runtimeMark = {
      line: line,
      text: to > from ? cm.markText({ line: line, ch: from }, { line: line, ch: to },
                                    { className: 'cm-runtime-error', title: message }) : null,
    };
  }

  /* Turns each 'File "main.py", line N' of the stderr box into a link to line N. */
  function linkTraceback() {
    var pre = $('out-stderr');
    if (!pre) return;
    var text = pre.textContent;
    var re = /File "main\.py", line (\d+)/g, m, last = 0, any = false;
    var frag = document.createDocumentFragment();
    while ((m = re.exec(text))) {
      any = true;
      frag.appendChild(document.createTextNode(text.slice(last, m.index)));
      var a = el('button', 'tb-link', m[0]);
      a.type = 'button';
      a.dataset.line = m[1];
      a.title = 'Go to line ' + m[1];
      (function (n) { a.addEventListener('click', function () { editor.goTo(n, 1); }); })(Number(m[1]));
      frag.appendChild(a);
      last = m.index + m[0].length;
    }
    if (!any) return;
    frag.appendChild(document.createTextNode(text.slice(last)));
    pre.textContent = '';
    pre.appendChild(frag);
  }

  function copyOutput() {
    var done = function () { els.copyOutput.textContent = 'Copied'; setTimeout(function () { els.copyOutput.textContent = 'Copy'; }, 1500); };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(outputText).then(done, fallback);
    } else {
      fallback();
    }
    function fallback() {
      var ta = el('textarea');
      ta.value = outputText;
      document.body.appendChild(ta);
      ta.select();
      try { document.execCommand('copy'); done(); } catch (e) { /* nothing more to try */ }
      ta.remove();
    }
  }

  function downloadOutput() {
    var url = URL.createObjectURL(new Blob([outputText], { type: 'text/plain;charset=utf-8' }));
    var a = el('a');
    a.href = url;
    a.download = 'output.txt';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  /* ---------- rules panel: "What can I use?" (GET /rules) ---------- */

  /* The panel is built from GET /rules, fetched once, on first open: the server's
     effective rule set, so it never disagrees with the checker. Only the reasons and
     alternatives for refused builtins live here, as the JSON names no reasons; a
     builtin this table does not know is still listed, with a generic line. */
  var RULES_WHY = {
    open: ['files: a program may not open any file, its own or the system\'s',
           'input() or sys.stdin for input, io.StringIO for an in-memory file'],
    eval: ['code evaluation: it runs text the checker never saw',
           'json.loads, int() or float() to read values from text'],
    exec: ['code evaluation: it runs text the checker never saw', 'write the code itself'],
    compile: ['code evaluation: it makes code the checker never saw', ''],
    __import__: ['imports a module named at run time', 'an import statement'],
    globals: ['namespaces: the module\'s live table of names', 'a dict of your own'],
    locals: ['namespaces: a live table of names', 'a dict of your own'],
    breakpoint: ['the debugger reads and changes frames', 'print() what you want to see'],
    help: ['interactive help reads files and is for a terminal', ''],
    copyright: ['interactive text for a terminal', ''],
    credits: ['interactive text for a terminal', ''],
    license: ['interactive text for a terminal; it reads files', ''],
  };
  var RULES_GUARD = {
    getattr: 'the name as a string literal, a literal prefix (getattr(obj, "do_" + cmd)), or any name on self in a method of your own class',
    setattr: 'the name as a string literal, a literal prefix, or any name on self in a method of your own class',
    delattr: 'the name as a string literal, a literal prefix, or any name on self in a method of your own class',
    hasattr: 'any name: it only answers True or False',
    vars: 'vars(self) in a method of your own class, or vars(x) of an instance x = MyClass(...) bound once',
  };
  /* Per-module notes, from the JSON's lists of restricted names. */
  var RULES_NOTES = [
    ['denied_attributes', 'Not offered'],
    ['decorator_only', 'Only as a decorator'],
    ['literal_name_arguments', 'Attribute names as string literals only'],
    ['literal_first_argument', 'First argument a string literal'],
    ['metaclass_only', 'Only as metaclass='],
  ];

  var rp = {
    button: $('rules-button'), panel: $('rules-panel'), close: $('rules-close'),
    filter: $('rules-filter'), status: $('rules-status'), body: $('rules-body'),
    modules: $('rules-modules'), refused: $('rules-refused'), guarded: $('rules-guarded'),
    limits: $('rules-limits'),
    loading: null,      /* the fetch in flight, or settled with the rules */
    rules: null,
    open: {},           /* module name -> expanded by the user */
    inserted: false,    /* closing after an insert hands the focus to the editor */
  };

  function initRulesPanel() {
    if (!rp.button || !rp.panel) return;
    rp.button.addEventListener('click', openRulesPanel);
    rp.close.addEventListener('click', closeRulesPanel);
    /* Esc closes even from the search box, which would otherwise only clear itself. */
    rp.panel.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { e.preventDefault(); closeRulesPanel(); }
    });
    rp.panel.addEventListener('cancel', function (e) { e.preventDefault(); closeRulesPanel(); });
    /* A click on the backdrop reaches the dialog itself (the inner box fills it). */
    rp.panel.addEventListener('click', function (e) { if (e.target === rp.panel) closeRulesPanel(); });
    rp.panel.addEventListener('close', function () {
      if (rp.inserted) editor.focus();
      else rp.button.focus();
      rp.inserted = false;
    });
    rp.filter.addEventListener('input', renderRules);
  }

  function openRulesPanel() {
    if (typeof rp.panel.showModal === 'function') {
      if (!rp.panel.open) rp.panel.showModal();
    } else {
      rp.panel.setAttribute('open', '');
    }
    rp.button.setAttribute('aria-expanded', 'true');
    rp.filter.focus();
    loadRules();
  }

  function closeRulesPanel() {
    rp.button.setAttribute('aria-expanded', 'false');
    if (typeof rp.panel.close === 'function' && rp.panel.open) rp.panel.close();
    else if (rp.panel.hasAttribute('open')) {
      rp.panel.removeAttribute('open');
      rp.panel.dispatchEvent(new Event('close'));
    }
  }

  /* Once: a failed load is tried again on the next open (or with Try again). */
  function loadRules() {
    if (rp.loading) return rp.loading;
    rulesStatus('Loading the rules\u2026', false);
    rp.loading = fetch('rules', { headers: { Accept: 'application/json' } })
      .then(function (res) {
        if (!res.ok) throw new Error('the server answered HTTP ' + res.status);
        return res.json();
      })
      .then(function (data) {
        if (!data || typeof data.modules !== 'object' || !data.modules) {
          throw new Error('the answer is not a rule set');
        }
        rp.rules = data;
        buildRulesLimits(data.service || {});
        rp.body.hidden = false;
        renderRules();
      })
      .catch(function (err) {
        rp.loading = null;
        rp.body.hidden = true;
        rulesStatus('Could not load the rules: ' + (err && err.message ? err.message : 'no answer') +
                    '. The checker still applies them when you run.', true);
      });
    return rp.loading;
  }

  function rulesStatus(text, failed) {
    rp.status.textContent = text;
    rp.status.classList.toggle('is-error', !!failed);
    if (failed) {
      var retry = el('button', 'ghost-button ghost-button--small rules-retry', 'Try again');
      retry.type = 'button';
      retry.addEventListener('click', function () { loadRules(); rp.filter.focus(); });
      rp.status.appendChild(document.createTextNode(' '));
      rp.status.appendChild(retry);
    }
  }

  function formatBytes(n) {
    n = Number(n);
    if (!(n >= 0)) return null;
    if (n >= 1048576 && n % 1048576 === 0) return n / 1048576 + ' MiB';
    if (n >= 1024 && n % 1024 === 0) return n / 1024 + ' KiB';
    return n + ' bytes';
  }

  function buildRulesLimits(s) {
    var rows = [
      ['Code size', s.max_code_chars !== undefined ? s.max_code_chars + ' characters' : null, 'code'],
      ['Time limit', s.timeout_s !== undefined ? s.timeout_s + ' s by default' +
        (s.max_timeout_s !== undefined ? ', up to ' + s.max_timeout_s + ' s' : '') : null, 'time'],
      ['Memory', formatBytes(s.memory_bytes), 'memory'],
      ['Output', s.stream_cap_bytes !== undefined ? formatBytes(s.stream_cap_bytes) + ' kept per stream' +
        (s.output_limit_bytes !== undefined ? '; stopped past ' + formatBytes(s.output_limit_bytes) : '')
        : null, 'output'],
      ['Standard input', formatBytes(s.max_stdin_bytes), 'stdin'],
      ['CPU', s.cpus !== undefined ? s.cpus + (s.cpus < 1 ? ' of a core' : s.cpus === 1 ? ' core' : ' cores')
        : null, 'cpus'],
      ['Processes', s.pids !== undefined ? String(s.pids) : null, 'pids'],
    ];
    rp.limits.textContent = '';
    rows.forEach(function (r) {
      if (r[1] === null) return;
      var wrap = el('div', 'rules-limit');
      wrap.dataset.limit = r[2];
      wrap.appendChild(el('dt', null, r[0]));
      wrap.appendChild(el('dd', null, r[1]));
      rp.limits.appendChild(wrap);
    });
  }

  function list(v) { return Array.isArray(v) ? v : []; }

  /* Redrawn on every keystroke of the filter: about 50 modules, and a module's
     names are only drawn while it is expanded. A filter that matches a module's
     name shows all of it; one that matches only some of its names shows those,
     expanded. */
  function renderRules() {
    var r = rp.rules;
    if (!r) return;
    var q = rp.filter.value.trim().toLowerCase();
    var names = Object.keys(r.modules).sort();
    var shown = 0;
    rp.modules.textContent = '';
    names.forEach(function (name) {
      var mod = r.modules[name] || {};
      var attrs = list(mod.allowed_attributes);
      var whole = !q || name.toLowerCase().indexOf(q) >= 0;
      var match = whole ? attrs : attrs.filter(function (a) {
        return a.toLowerCase().indexOf(q) >= 0 || (name + '.' + a).toLowerCase().indexOf(q) >= 0;
      });
      if (!whole && !match.length) return;
      shown++;
      rp.modules.appendChild(moduleItem(name, mod, match, !whole || !!rp.open[name]));
    });
    if (!shown) rp.modules.appendChild(el('li', 'rules-empty muted', 'No module matches.'));
    var b1 = renderBuiltins(rp.refused, list(r.refused_builtins), q, function (n) {
      var why = RULES_WHY[n] || ['refused by the static checker', ''];
      return { why: why[0], alt: why[1] };
    });
    var b2 = renderBuiltins(rp.guarded, list(r.guarded_builtins), q, function (n) {
      return { why: RULES_GUARD[n] || 'checked at run time', alt: '' };
    });
    $('rules-refused-section').hidden = !!q && !b1;
    $('rules-guarded-section').hidden = !!q && !b2;
    rulesStatus(q ? shown + ' of ' + names.length + ' modules match \u201c' + rp.filter.value.trim() + '\u201d' +
                    (b1 + b2 ? ', and ' + (b1 + b2) + ' builtin' + (b1 + b2 === 1 ? '' : 's') : '') + '.'
                  : names.length + ' modules, ' + list(r.refused_builtins).length + ' refused builtins.',
                false);
  }

  function moduleItem(name, mod, attrs, expanded) {
    var id = 'rules-mod-' + name.replace(/[^A-Za-z0-9_]/g, '-');
    var item = el('li', 'rules-module');
    item.dataset.module = name;
    var toggle = el('button', 'rules-module__toggle');
    toggle.type = 'button';
    toggle.setAttribute('aria-expanded', expanded ? 'true' : 'false');
    toggle.setAttribute('aria-controls', id);
    toggle.appendChild(el('code', 'rules-module__name', name));
    toggle.appendChild(el('span', 'rules-module__count', attrs.length + (attrs.length === 1 ? ' name' : ' names')));
    item.appendChild(toggle);
    var body = el('div', 'rules-module__body');
    body.id = id;
    body.hidden = !expanded;
    item.appendChild(body);
    var drawn = false;
    var draw = function () {
      if (drawn) return;
      drawn = true;
      var names = el('ul', 'rules-attrs');
      names.setAttribute('aria-label', name + ': names you can use');
      attrs.forEach(function (a) {
        var li = el('li');
        var b = el('button', 'rules-attr', a);
        b.type = 'button';
        b.dataset.insert = name + '.' + a;
        b.title = 'Insert ' + name + '.' + a + ' at the cursor';
        b.addEventListener('click', function () { insertFromRules(name, a); });
        li.appendChild(b);
        names.appendChild(li);
      });
      body.appendChild(names);
      RULES_NOTES.forEach(function (n) {
        var v = list(mod[n[0]]);
        if (!v.length) return;
        var p = el('p', 'rules-note muted', n[1] + ': ');
        p.appendChild(el('code', null, v.join(', ')));
        body.appendChild(p);
      });
    };
    if (expanded) draw();
    toggle.addEventListener('click', function () {
      var on = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', on ? 'true' : 'false');
      if (on) draw();
      body.hidden = !on;
      if (!rp.filter.value.trim()) rp.open[name] = on;
    });
    return item;
  }

  function renderBuiltins(ul, names, q, describe) {
    ul.textContent = '';
    var n = 0;
    names.slice().sort().forEach(function (name) {
      if (q && name.toLowerCase().indexOf(q) < 0) return;
      n++;
      var d = describe(name);
      var li = el('li', 'rules-builtin');
      li.dataset.builtin = name;
      li.appendChild(el('code', 'rules-builtin__name', name));
      li.appendChild(el('span', 'rules-builtin__why', d.why));
      if (d.alt) li.appendChild(el('span', 'rules-builtin__alt', 'Instead: ' + d.alt));
      ul.appendChild(li);
    });
    return n;
  }

  /* Puts module.name at the cursor (over the selection), and `import module` when
     the code does not import it yet (after any `from __future__` lines, which must
     come first), then closes the panel and gives the editor the focus. A
     __future__ feature is only ever an import: that line alone, at the top. */
  function insertFromRules(module, attr) {
    var text = module + '.' + attr;
    var code = editor.get();
    var lines = code.split('\n');
    var esc = module.replace(/\./g, '\\.');
    var imported = new RegExp('^[ \\t]*import[ \\t]+(?:[\\w.]+[ \\t]*,[ \\t]*)*' + esc +
                              '(?![\\w.])(?![ \\t]+as\\b)', 'm').test(code);
    var line = imported ? '' : 'import ' + module + '\n';
    var at = 0;  /* the line the import goes before */
    for (var i = 0; i < lines.length; i++) if (/^from[ \t]+__future__[ \t]+import\b/.test(lines[i])) at = i + 1;
    if (module === '__future__') {
      text = '';
      line = new RegExp('^from[ \\t]+__future__[ \\t]+import\\b.*\\b' + attr + '\\b', 'm').test(code)
        ? '' : 'from __future__ import ' + attr + '\n';
      at = 0;
    }
    if (editor.cm) {
      var cm = editor.cm;
      cm.operation(function () {
        if (text) cm.replaceSelection(text, 'end', '+rules');
        if (line) cm.replaceRange(line, { line: at, ch: 0 }, { line: at, ch: 0 }, '+rules');
      });
    } else {
      var ta = els.code;
      var pos = lines.slice(0, at).join('\n').length + (at ? 1 : 0);
      if (ta.selectionStart < pos) pos += text.length - (ta.selectionEnd - ta.selectionStart);
      ta.setRangeText(text, ta.selectionStart, ta.selectionEnd, 'end');
      if (line) {
        var cur = ta.selectionEnd;
        ta.setRangeText(line, pos, pos, 'preserve');
        if (pos <= cur) ta.setSelectionRange(cur + line.length, cur + line.length);
      }
      ta.dispatchEvent(new Event('input'));
    }
    rp.inserted = true;
    closeRulesPanel();
    /* Now, not only in the dialog's close event, which comes a task later: the next
       key typed must reach the editor. */
    editor.focus();
  }

  /* ---------- start-up ---------- */

  function init() {
    buildExampleMenu();
    initSettings();
    initKeyDialog();
    initHistoryAndShare();
    els.run.addEventListener('click', run);
    initLive();
    initRulesPanel();
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.defaultPrevented) {
        e.preventDefault();
        run();
      }
    });
    var draft = load('code');
    if (draft !== null && draft !== '') {
      setCode(draft);
      els.stdin.value = load('stdin') || '';
      var same = examples.filter(function (ex) { return ex.code === draft; })[0];
      els.examples.value = same ? same.id : '';
    } else {
      loadExample(findExample('hello') || { code: 'print("Hello, world!")\n' });
    }
    if (sharedPage) loadShared(sharedPage[1]);
    updateStatusLine();
    document.documentElement.classList.add('is-ready');
  }

  init();
})();
