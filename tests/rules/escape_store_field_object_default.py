# expect: reject store
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the last line prints the library object after)
# why: without @dataclass the class attribute is the Field itself, an object the library made: what its attributes hold (default) counts as reached through a module

import keyword
from dataclasses import field


class Box:
    words = field(default=keyword.kwlist)


Box.words.default.append("pwned")
print(keyword.kwlist[-1])
