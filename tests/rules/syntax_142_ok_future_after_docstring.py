# expect: accept
# why: CPython 3.11 compiles this: a __future__ import after a docstring and comments
"""Doc."""
# comment
from __future__ import annotations
print(1)
