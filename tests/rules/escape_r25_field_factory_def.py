# expect: reject store
# why: a dataclass field's default_factory that is a def of the program: each
#   instance's attribute is what it returns, here keyword.kwlist itself
# line: 18
import keyword
from dataclasses import dataclass, field


def mk():
    return keyword.kwlist


@dataclass
class C:
    tags: list = field(default_factory=mk)


C().tags.append("zzz")
print(keyword.kwlist[-1])
