# expect: reject memory
# line: 7
# why: a redirect held in a name can be ended by code that print runs (r.__exit__ from an argument's __str__)
import contextlib
import io

r = contextlib.redirect_stdout(io.StringIO())
with r:
    print("x")
