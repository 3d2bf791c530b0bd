# expect: reject store
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the last line prints the library object after)
# why: a default_factory that is a module function, not a class, may hand back a shared object (decimal.getcontext): only a library class counts as making a new one

import decimal
from dataclasses import dataclass, field


@dataclass
class Money:
    context: decimal.Context = field(default_factory=decimal.getcontext)


Money().context.prec = 3
print(decimal.getcontext().prec)
