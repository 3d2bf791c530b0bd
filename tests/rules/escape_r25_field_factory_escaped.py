# expect: reject store
# why: a default_factory that is a lambda held in a list: what it returns comes
#   back as the attribute's value, so the field is not a new empty value
# line: 16
import keyword
from dataclasses import dataclass, field

MAKERS = [lambda: keyword.kwlist]


@dataclass
class C:
    tags: list = field(default_factory=MAKERS[0])


C().tags.append("zzz")
print(keyword.kwlist[-1])
