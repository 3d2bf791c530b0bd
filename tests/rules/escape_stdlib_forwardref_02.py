# expect: reject attribute
# why: same through Optional and a from-import
# line: 7
from typing import Optional, get_args

ref = get_args(Optional["__import__('os').system('echo escaped') or int"])[0]
print(ref._evaluate({}, None, frozenset()))
