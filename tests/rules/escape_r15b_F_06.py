# expect: reject dunder
# line: 23
# verified: reaches its goal under plain python3 (3.11) in a temp dir (/etc/passwd read)
# why: fifteenth red team (15b), our own member of family F: a mixin (no exception class) binds __context__ to a program object, its __traceback__ set by a run-time name written as "_" * 2 + "traceback__"; format_exc walks it (both refused: __context__ is read-only, and the written dunder text refuses the run-time name)

import traceback


class Rec:
    def __init__(self, *fields):
        for key, value in fields:
            setattr(self, key, value)


code = Rec(("co_filename", "/etc/passwd"), ("co_name", "passwd"))
frame = Rec(("f_code", code), ("f_globals", {}), ("f_locals", {}))
tb = Rec(("tb_frame", frame), ("tb_lasti", -1), ("tb_lineno", 1), ("tb_next", None))
ctx = Rec(("_" * 2 + "traceback__", tb), ("_" * 2 + "cause__", None), ("_" * 2 + "context__", None),
          ("_" * 2 + "suppress_context__", False), ("_" * 2 + "notes__", None))


class Mixin:
    __context__ = ctx


class Main(Mixin, Exception):
    pass


try:
    raise Main("x")
except Main:
    print(traceback.format_exc())
