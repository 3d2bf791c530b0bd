# expect: accept
# why: a tiny calculator whose classes define methods named compile, eval and open
class Lexer:
    def open(self, text):
        self.tokens = text.replace("(", " ( ").replace(")", " ) ").split()
        return self


class Calc:
    def compile(self, tokens):
        tok = tokens.pop(0)
        if tok == "(":
            op = tokens.pop(0)
            args = []
            while tokens[0] != ")":
                args.append(self.compile(tokens))
            tokens.pop(0)
            return (op, args)
        return float(tok)

    def eval(self, node):
        if isinstance(node, float):
            return node
        op, args = node
        vals = [self.eval(a) for a in args]
        if op == "+":
            return sum(vals)
        if op == "*":
            out = 1.0
            for v in vals:
                out *= v
            return out
        raise ValueError(op)


c = Calc()
print(c.eval(c.compile(Lexer().open("(+ 1 (* 2 3) 4)").tokens)))
