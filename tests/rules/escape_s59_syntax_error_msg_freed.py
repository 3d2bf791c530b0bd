# expect: reject memory
# line: 9
# why: SyntaxError's C __str__ converts msg borrowed; A.__repr__, run inside the slice's repr, sets e.msg and frees the slice under the format (SIGSEGV under python3 3.11.2)
class Pad:
    def __repr__(self):
        return "p"
class A:
    def __repr__(self):
        e.msg = None
        refill = [[Pad() for _ in range(9)] for _ in range(400)]
        return "a"
e = SyntaxError("m")
for i in range(30):
    S = slice(A(), [Pad() for _ in range(5)], [Pad() for _ in range(5)])
    e.msg = S
    del S
    out = str(e)
