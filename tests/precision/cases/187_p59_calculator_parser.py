# Recursive-descent calculator: tokenizer + parser + evaluator (no eval)
import re
import math

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(\w+)|(.))")

def tokenize(s):
    for num, name, op in TOKEN.findall(s):
        if num:
            yield ("num", float(num))
        elif name:
            yield ("name", name)
        elif op.strip():
            yield ("op", op)
    yield ("end", None)

class Parser:
    FUNCS = {"sqrt": math.sqrt, "abs": abs, "sin": math.sin}
    def __init__(self, text, env=None):
        self.tokens = list(tokenize(text))
        self.i = 0
        self.env = env or {}
    def peek(self):
        return self.tokens[self.i]
    def take(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok
    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            v = v + self.term() if self.take()[1] == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek() in (("op", "*"), ("op", "/")):
            v = v * self.factor() if self.take()[1] == "*" else v / self.factor()
        return v
    def factor(self):
        v = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            return v ** self.factor()
        return v
    def unary(self):
        kind, val = self.take()
        if (kind, val) == ("op", "-"):
            return -self.unary()
        if kind == "num":
            return val
        if kind == "name":
            if self.peek() == ("op", "("):
                self.take(); arg = self.expr(); self.take()
                return self.FUNCS[val](arg)
            return self.env[val]
        if (kind, val) == ("op", "("):
            v = self.expr(); self.take()
            return v
        raise SyntaxError(f"unexpected {val!r}")

for text in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + sqrt(16)", "x * (y - 1)", "3 / (2 - 2)", "2 * * 3"]:
    try:
        print(f"{text:<15} = {Parser(text, {'x': 5, 'y': 3}).expr():g}")
    except (ZeroDivisionError, SyntaxError, KeyError) as e:
        print(f"{text:<15} ! {type(e).__name__}: {e}")
