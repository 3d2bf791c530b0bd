# expect: reject store
# line: 20
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the last line prints the library object after)
# why: a def handed as default_factory returns the library's list, which becomes the attribute: an item store into it

import keyword
from dataclasses import dataclass, field


def library_words():
    return keyword.kwlist


@dataclass
class Box:
    words: list = field(compare=False, default_factory=library_words)


box = Box()
box.words[0] = "pwned"
print(keyword.kwlist[0])
