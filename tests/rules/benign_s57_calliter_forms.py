# expect: accept
# why: iter(f, sentinel) with a builtin, a library method, a def, a lambda and a class; one-argument iter, with a generator expression too, and the grouper idiom
import io
import random


def roll():
    return rng.randint(1, 6)


class Token:
    made = 0

    def __init__(self):
        Token.made += 1
        self.n = Token.made

    def __eq__(self, other):
        return isinstance(other, Token) and self.n == other.n

    def __hash__(self):
        return self.n


rng = random.Random(7)
print(list(iter(roll, 6))[:5])
stream = io.StringIO("alpha\nbeta\n\ngamma\n")
print([line.strip() for line in iter(lambda: stream.readline(), "")])
chunks = io.StringIO("abcdefgh")
print(list(iter(lambda: chunks.read(3), "")))
tokens = iter(Token, None)
print([next(tokens).n for _ in range(3)])
data = list(range(9))
print(list(zip(*[iter(data)] * 3)))
squares = iter(x * x for x in range(4))
print(next(squares), list(squares))
it = iter([3, 1, 2])
print(sorted(it))
