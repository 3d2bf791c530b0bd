"""Runs every curl example of the README's "HTTP API" section, verbatim but for the
port, against a fresh server with the default configuration, in order, and compares
each answer with the one written there. Only what varies from run to run is masked:
timings, memory figures, the Date header, run ids and the pool's current fill."""

import os
import re
import shutil
import subprocess
import unittest

from harness import Server, main

README = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "README.md")

MASKS = [
    (re.compile(r'"(duration_ms|cpu_time_ms|memory_peak_kb)":(-?\d+|null)'), r'"\1":N'),
    (re.compile(r"^Date: .*$", re.M), "Date: D"),
    (re.compile(r'"id":"[0-9A-Z]{26}"'), '"id":"ID"'),
    (re.compile(r"^X-Run-Id: [0-9A-Z]{26}$", re.M), "X-Run-Id: ID"),
    (re.compile(r"/runs/[0-9A-Z]{26}"), "/runs/ID"),
    (re.compile(r'"pool":\{"ok":true,"ready":\d+'), '"pool":{"ok":true,"ready":N'),
    (re.compile(r"^safe_exec_pool_size \d+$", re.M), "safe_exec_pool_size N"),
    # crun where the engine offers it, else the engine's default (README "The sandbox").
    (re.compile(r'"runtime":"[a-z0-9._-]+"'), '"runtime":"R"'),
    # The image the server was given ($SAFE_EXEC_IMAGE: a checkout testing its own tag).
    (re.compile(r'"image":\{"ok":(true|false),"name":"[^"]*"'), r'"image":{"ok":\1,"name":"I"'),
]


# A run against an image tag of its own (SAFE_EXEC_IMAGE) reads as the default one.
if os.environ.get("SAFE_EXEC_IMAGE"):
    MASKS.append((re.compile(r'"name":"' + re.escape(os.environ["SAFE_EXEC_IMAGE"]) + '"'),
                  '"name":"safe-exec-sandbox:latest"'))


def mask(text):
    for pat, rep in MASKS:
        text = pat.sub(rep, text)
    return text


def examples():
    """(command, expected output) for each '$ curl' line of the HTTP API section."""
    with open(README, encoding="utf-8") as f:
        text = f.read()
    start = text.index("\n## HTTP API")
    end = text.find("\n## ", start + 1)
    section = text[start:end if end >= 0 else len(text)]
    out = []
    for block in re.findall(r"```console\n(.*?)```", section, re.S):
        cmd, expected = None, []
        for line in block.splitlines():
            if line.startswith("$ "):
                if cmd:
                    out.append((cmd, "\n".join(expected)))
                cmd, expected = line[2:], []
            else:
                expected.append(line)
        if cmd:
            out.append((cmd, "\n".join(expected)))
    return out


class Readme(unittest.TestCase):
    def test_examples(self):
        if not shutil.which("curl"):
            self.fail("curl is needed (scripts/lib/common.sh installs it)")
        cases = examples()
        self.assertGreaterEqual(len(cases), 15)
        with Server() as srv:
            for cmd, expected in cases:
                with self.subTest(cmd=cmd):
                    self.assertIn("127.0.0.1:5000", cmd)
                    real = cmd.replace("127.0.0.1:5000", "127.0.0.1:%d" % srv.port)
                    got = subprocess.run(["bash", "-c", real], capture_output=True,
                                         text=True, timeout=60).stdout
                    got = got.replace("\r\n", "\n").rstrip("\n")
                    self.assertEqual(mask(got), mask(expected.rstrip("\n")))


if __name__ == "__main__":
    main()
