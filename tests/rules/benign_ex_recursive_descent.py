# expect: accept
# why: a calculator that computes without eval
import re

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")


class Parser:
    """expr := term (('+'|'-') term)* ; term := factor (('*'|'/') factor)* ; factor := NUMBER | '(' expr ')' | '-' factor"""

    def __init__(self, text):
        self.tokens = [num or op for num, op in TOKEN.findall(text)]
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek() in ("+", "-"):
            value = value + self.term() if self.take() == "+" else value - self.term()
        return value

    def term(self):
        value = self.factor()
        while self.peek() in ("*", "/"):
            value = value * self.factor() if self.take() == "*" else value / self.factor()
        return value

    def factor(self):
        tok = self.take()
        if tok == "(":
            value = self.expr()
            self.take()
            return value
        if tok == "-":
            return -self.factor()
        return float(tok)


for text in ["1 + 2 * 3", "(1 + 2) * 3", "-4 / (2 - 4)", "2 * (3 + (4 - 1)) / 3"]:
    print(text, "=", Parser(text).expr())
