# expect: reject store
# why: the red team's round 24a ok_09: goal: writes into keyword.kwlist (lower tier)
# line: 19
# goal: writes into keyword.kwlist (lower tier)
# mechanism: binary operator: It() + 1 runs It.__add__, which returns lst (1 + It() via __radd__
#   too).
# rule slipped: store. alias_roots has no binary_operator case: (It() + 1) aliases nothing.
import keyword

lst = []


class It:
    def __add__(self, o):
        return lst


(It() + 1).append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])

# variant (also accepted):
# import keyword
# 
# lst = []
# 
# 
# class It:
#     def __radd__(self, o):
#         return lst
# 
# 
# (1 + It()).append(keyword.kwlist)
# lst[0].append("zzz")
# print(keyword.kwlist[-1])
