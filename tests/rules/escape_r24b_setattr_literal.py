# expect: reject store
# why: setattr(o, "foo", lst) makes o.foo lst's object as o.foo = lst does: o.foo.append(M) puts M into lst
# line: 15
import keyword


class C:
    pass


lst = []
o = C()
setattr(o, "foo", lst)
o.foo.append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
