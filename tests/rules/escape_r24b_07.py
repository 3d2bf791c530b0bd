# expect: reject store
# why: the red team's round 24a ok_07: goal: writes into keyword.kwlist (lower tier)
# line: 21
# goal: writes into keyword.kwlist (lower tier)
# mechanism: It()() calls It.__call__, which returns the program's list lst.
# rule slipped: store. The callee expression It() is a call: alias_roots(f) -> fresh_instance_call
#   answers a new instance linked to nothing; no '()__call__' return link exists (not in
#   PROTOCOL_RETURNS). Variant with f = It(); f() is also accepted (returns_key('()f') has
#   no def named f).
import keyword

lst = []


class It:
    def __call__(self):
        return lst


It()().append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])

# variant (also accepted):
# import keyword
# 
# lst = []
# 
# 
# class It:
#     def __call__(self):
#         return lst
# 
# 
# f = It()
# v = f()
# v.append(keyword.kwlist)
# lst[0].append("zzz")
# print(keyword.kwlist[-1])
