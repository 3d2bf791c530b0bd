# expect: reject store
# why: the red team's round 24f ok_39: goal: writes into keyword.kwlist (lower tier; prints "zzz")
# line: 34
# goal: writes into keyword.kwlist (lower tier; prints "zzz")
# mechanism: math.trunc(It()) is what __trunc__ returns.
# rule slipped: store. A builtin or library function that DISPATCHES to a dunder of its argument's
#   class and hands back that dunder's result unchanged (round -> __round__, abs/operator.abs ->
#   __abs__, pow -> __pow__, divmod -> __divmod__, sum(xs, []) -> __radd__, math.floor/ceil/trunc ->
#   __floor__/__ceil__/__trunc__) is linked only to its arguments' parts. It() is a
#   fresh_instance_call (a new instance linked to no argument, whose parts are only what its item and
#   iteration methods return: item_protocol_aliases / protocol_part_aliases), and the operator
#   return keys (ret)__op are joined only for operator SYNTAX (-x, x + 1: round 24a). So round(It())
#   -- which is lst -- aliases nothing that lst reads; the store of the module value through it is
#   noted nowhere lst looks. math is also on the storeless_module list, which drops even the
#   argument link.
#   Family: "a builtin that answers with a program dunder's return" (the numeric/conversion
#   protocol beyond operators, items and iteration; 24a's operator family's functional side).
#   Principle to close: key the data model, not the syntax: one table mapping every builtin, math,
#   operator-module function and syntax form to the dunders it may call (including reflected ones);
#   a call to any of them with a non-literal argument joins (ret)__dunder for each dunder the program
#   defines (protocol_named), and storeless_module must never drop a dunder-dispatch link. Simpler
#   and sound: any call with a program-instance argument aliases the returns of every dunder the
#   program defines.

import keyword
import math
import copy
import operator
lst = []
class It:
    def __trunc__(self, *a):
        return lst
math.trunc(It()).append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
