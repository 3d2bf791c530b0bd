# expect: reject store
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the last line prints the library object after)
# why: a default_factory of the program's returns what it returns (keyword.kwlist): the call's value, through what functions used as values return

import keyword
from dataclasses import dataclass, field


@dataclass
class Box:
    words: list = field(compare=False, default_factory=lambda: keyword.kwlist)


Box().words.append("pwned")
print(keyword.kwlist[-1])
