# expect: accept
import re
from typing import NamedTuple


class Token(NamedTuple):
    kind: str
    text: str
    col: int


SPEC = [("NUMBER", r"\d+(?:\.\d*)?"), ("NAME", r"[A-Za-z_]\w*"), ("OP", r"[+\-*/=()]"), ("SKIP", r"\s+"), ("BAD", r".")]
MASTER = re.compile("|".join(f"(?P<{kind}>{pat})" for kind, pat in SPEC))


def tokenize(code):
    for m in MASTER.finditer(code):
        if m.lastgroup == "SKIP":
            continue
        if m.lastgroup == "BAD":
            raise SyntaxError(f"unexpected {m.group()!r} at {m.start()}")
        yield Token(m.lastgroup, m.group(), m.start())


print([t.text for t in tokenize("total = price * (1 + rate)")])
try:
    list(tokenize("a $ b"))
except SyntaxError as e:
    print("error:", e)
