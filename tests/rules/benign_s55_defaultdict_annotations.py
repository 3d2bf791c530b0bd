# expect: accept
# why: defaultdict and typing.DefaultDict in annotations (kept in __annotations__, which the program does not read) and called with builtins and lambdas
from collections import defaultdict
import dataclasses
import typing
from typing import DefaultDict, Optional


def f() -> defaultdict:
    return defaultdict(int)


def g(d: Optional[defaultdict] = None, e: defaultdict | None = None) -> dict[str, defaultdict]:
    return {"d": d or defaultdict(list), "e": e or defaultdict(set)}


@dataclasses.dataclass
class Index:
    words: DefaultDict[str, list] = dataclasses.field(default_factory=lambda: defaultdict(list))
    seen: "defaultdict[str, int]" = dataclasses.field(default_factory=lambda: defaultdict(int))

    def add(self, word: str) -> None:
        self.words[word[0]].append(word)
        self.seen[word] += 1


x: defaultdict[str, int] = defaultdict(int)
y: typing.DefaultDict[str, int] = defaultdict(int)
z: DefaultDict[str, int] = f()
x["a"] += 2
print(x, y, z)
print(g())
idx = Index()
for w in "apple avocado banana apple".split():
    idx.add(w)
print(dict(idx.words), dict(idx.seen))
