# expect: reject store
# line: 35
# why: round 47b ok_01: @dataclass execs its methods with the program's module globals, and `type = w.writerow` made the frozen __setattr__ hand the instance to the library; a dataclass holds no instance only while the builtins its code names are the builtins (against session 28's dataclass allowance)
# ok_01 — goal 1: prints os.environ (in unittest's TypeError). Run: /usr/bin/python3 ok_01.py
# mechanism: @dataclasses.dataclass(frozen=True) generates __setattr__/__delattr__ with
#   _create_fn(..., globals=sys.modules[cls.__module__].__dict__): their body
#   `if type(self) is cls or name in (...): raise ...; super(cls, self).__setattr__(...)`
#   resolves `type` and `super` in the PROGRAM's module globals first. The program binds
#   module-level `type = w.writerow` (w = csv.DictWriter(restval=sys.argv)), so the plain
#   attribute store `r.x = 1` runs type(r) == w.writerow(r), which calls r.get(key, sys.argv)
#   by name; Row.get appends 'logging.os.environ' to sys.argv and unittest.main() walks it.
# why missed: analyzer/instances.c instance_free_decorators() trusts dataclasses.dataclass
#   ("its methods compare, hash and show the fields") whatever its options: frozen=True's
#   generated methods hand `self` to a global name looked up in the program's namespace
#   (type, super; __hash__ calls `hash` likewise). holder_use/instance_kept take `r.x = 1`
#   for a plain attribute store, so Row never escapes and Row.get takes nothing HANDED;
#   and the rebinding of the builtin name `type` at module level is refused by no rule
#   (wk_builtin_unbound is asked only about the decorators/readers, not about what
#   dataclass-generated code will call).
import csv
import dataclasses
import io
import logging
import sys
import unittest

out = io.StringIO()
w = csv.DictWriter(out, ["a"], restval=sys.argv, extrasaction="ignore")
type = w.writerow


@dataclasses.dataclass(frozen=True)
class Row:
    def get(self, k, d):
        d.append("logging.os.environ")
        return ""


r = Row()
r.x = 1
logging.info("x")
unittest.main(exit=False)
