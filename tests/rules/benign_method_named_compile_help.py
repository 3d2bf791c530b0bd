# expect: accept
# why: methods named compile and help
class Pattern:
    def __init__(self, text):
        self.text = text
        self.parts = None

    def compile(self):
        self.parts = self.text.split("*")
        return self

    def help(self):
        return "use * as a wildcard"

    def matches(self, s):
        pos = 0
        for part in self.parts:
            pos = s.find(part, pos)
            if pos < 0:
                return False
            pos += len(part)
        return True


p = Pattern("a*c").compile()
print(p.matches("abc"), p.matches("acb"), p.help())
