# expect: reject store
# why: the red team's round 24a ok_06: goal: writes into keyword.kwlist (lower tier)
# line: 20
# goal: writes into keyword.kwlist (lower tier)
# mechanism: next(reversed(It())) is what It.__reversed__'s iterator hands out: lst.
# rule slipped: store. protocol_part_aliases / PROTOCOL_RETURNS list __iter__, __next__,
#   __getitem__, ... but not __reversed__; the argument It() is a fresh instance
#   (fresh_instance_call: no link). A protocol method the list misses.
import keyword

lst = []


class It:
    def __reversed__(self):
        return iter([lst])


next(reversed(It())).append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
