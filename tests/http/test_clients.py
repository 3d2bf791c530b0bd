"""Runs the README's client examples (section "GET /openapi.json and clients"): the
Python one with python3 (standard library only) and the JavaScript one with node,
each against a fresh server, and checks what they print."""

import os
import re
import shutil
import subprocess
import tempfile
import unittest

from harness import OneServer, main

README = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "README.md")


def block(lang):
    with open(README, encoding="utf-8") as f:
        text = f.read()
    start = text.index("\n### GET /openapi.json and clients")
    end = text.index("\n### ", start + 1)
    found = re.findall(r"```" + lang + r"\n(.*?)```", text[start:end], re.S)
    assert len(found) == 1, "want one %s block, got %d" % (lang, len(found))
    return found[0]


class Clients(OneServer, unittest.TestCase):
    def run_example(self, argv, suffix, source):
        self.assertIn("http://127.0.0.1:5000", source)
        source = source.replace("127.0.0.1:5000", "127.0.0.1:%d" % self.srv.port)
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "client" + suffix)
            with open(path, "w", encoding="utf-8") as f:
                f.write(source)
            p = subprocess.run(argv + [path], capture_output=True, text=True, timeout=120)
        self.assertEqual(p.returncode, 0, p.stderr)
        return p.stdout

    def test_python(self):
        out = self.run_example(["python3", "-I"], ".py", block("python"))
        self.assertEqual(out, "ok desserts\nCode rejected: import of 'os' is not allowed "
                              "(line 1)\n")

    def test_javascript(self):
        node = shutil.which("node") or shutil.which("nodejs")
        if not node:
            self.fail("node is needed (scripts/lib/common.sh installs it)")
        out = self.run_example([node], ".mjs", block("js"))
        self.assertEqual(out, "run has an id\n0\n1\n2\nresult ok\n")


if __name__ == "__main__":
    main()
