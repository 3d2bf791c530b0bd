# expect: reject memory
# line: 4
# why: the rule follows the name redirect_stdout only; under another name the redirect could be held and ended by hand
from contextlib import redirect_stdout as rs
import io

r = rs(io.StringIO())
r.__enter__()
print("x")
r.__exit__(None, None, None)
