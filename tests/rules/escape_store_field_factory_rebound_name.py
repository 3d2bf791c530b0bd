# expect: reject store
# line: 18
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the last line prints the library object after)
# why: a name imported from a module and bound again holds the program's object: only a library class named by its import alone makes a new instance as default_factory

import keyword
from collections import Counter
from dataclasses import dataclass, field

Counter = lambda: keyword.kwlist


@dataclass
class Box:
    words: list = field(default_factory=Counter)


Box().words.append("pwned")
print(keyword.kwlist[-1])
