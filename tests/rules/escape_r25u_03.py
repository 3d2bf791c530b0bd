# expect: reject store
# line: 13
# why: the red team's round 25u ok_03 (its header below): a getattr with a name computed whole fetches a bound method only from a receiver proved an instance (the class's getattr hands out the plain function)
# goal (lower tier): mutates keyword.kwlist (appends "planted").
# mechanism: as ok_01: getattr(A, k) over literal names fetches the plain function A.push through the
#   class; push(keyword.kwlist, "planted") appends to the library list.
# rule slipped: store (opaque_reach computed_fetch => bound). family/principle: as ok_01.
import keyword


class A:
    def push(a, b):
        a.append(b)
        return 0


for k in ("push",):
    getattr(A, k)(keyword.kwlist, "planted")
print(keyword.kwlist[-2:], keyword.iskeyword("planted"))
