# expect: reject store
# why: the red team's round 24a ok_08: goal: writes into keyword.kwlist (lower tier)
# line: 21
# goal: writes into keyword.kwlist (lower tier)
# mechanism: unary operator: -It() runs It.__neg__, which returns lst. (~x via __invert__ too.)
# rule slipped: store. alias_roots has no case for unary_operator / binary_operator: an operator
#   expression's value is linked to nothing, though a program operator method can hand back any
#   object (builtin_operator's precision covers only builtin operands, but the soundness side
#   never linked program operators' returns).
import keyword

lst = []


class It:
    def __neg__(self):
        return lst


(-It()).append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])

# variant (also accepted):
# import keyword
# 
# lst = []
# 
# 
# class It:
#     def __invert__(self):
#         return lst
# 
# 
# x = It()
# y = ~x
# y.append(keyword.kwlist)
# lst[0].append("zzz")
# print(keyword.kwlist[-1])
