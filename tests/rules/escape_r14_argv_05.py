# expect: reject store
# line: 16
# verified: reaches its goal under plain python3 (3.11) in a temp dir: prints /etc/passwd base64-encoded (unittest.main() without argv= takes its test names from sys.argv; the name "base64.main" is walked from __main__ and called, and base64.main opens the file named first in sys.argv[1:])
# why: the same through contextlib.nullcontext handing sys.argv back and a program object that keeps it and inserts into it
import base64
import contextlib
import sys
import unittest


class Box:
    def __init__(self, items):
        self.items = items

    def push(self, x):
        self.items.insert(len(self.items), x)


with contextlib.nullcontext(sys.argv) as held:
    box = Box(held)
for name in ("/etc/passwd", "base64.main"):
    box.push(name)
unittest.main(exit=False)
