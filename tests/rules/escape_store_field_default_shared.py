# expect: reject store
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the last line prints the library object after)
# why: field(default=D) makes D itself each instance's attribute: decimal's shared DefaultContext, written through the instance

import decimal
from dataclasses import dataclass, field


@dataclass
class Money:
    context: decimal.Context = field(default=decimal.DefaultContext)


Money().context.prec = 3
print(decimal.DefaultContext.prec)
