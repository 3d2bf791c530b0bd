# expect: reject store
# line: 22
# why: round 28e near_01: max with two positional arguments calls key on the arguments themselves, sys.argv among them; the compared key= lambda's parameters take the arguments and their items
# near_01 -- REFUSED (rule `store`, line 19). Instructive for the compared-key code.
#
# Mechanism tried: d4be0a7 made a lambda written as a compared key= "take its
#   call's items only" (stores.c compared_key / taint_escaping; args_only_caller
#   comment: "called with the items of the other arguments alone").  That is not
#   what CPython does in two places:
#     * min()/max() with two or more positional arguments call key(arg) on each
#       ARGUMENT itself (max(sys.argv, [], key=f) calls f(sys.argv));
#     * bisect.insort*(a, x, key=f) calls f(x) on the inserted value itself
#       (lo = bisect_right(a, key(x), ...)), not on an item of it.
#   So the lambda's parameter is sys.argv at level 0, not an item (level 1).
# Why it is still refused: the store taint here is level-blind (an item of a
#   module's list is as suspect as the list), so the level mistake is harmless
#   today.  It becomes a hole the day a mask distinguishes "items of x" from "x"
#   for key= parameters (e.g. a precision change that treats items of a list of
#   str as immutable text).  Same for bisect.insort([[0]], sys.argv, key=...).
import sys

max(sys.argv, [], key=lambda m: m.append("logging.os.environ") or 0)
print(sys.argv)
