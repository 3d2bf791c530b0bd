# expect: reject store
# line: 12
# why: the red team's round 25w ok_13 (its header below): a method fetched through a class, handed to the library, is the plain function: bound only from a proved instance (fetch_first)
# goal (lower tier): mutates keyword.kwlist.
# mechanism: as ok_02: map(getattr(A, "add"), [kwlist], ["planted"]) calls the plain function add(a=kwlist).
# rule slipped: store (fetched-name callback fan-out at offset method_def ? 1 : 0). family/principle: ok_02.
import keyword


class A:
    def add(a, b):
        a.append(b)
        return 0


list(map(getattr(A, "add"), [keyword.kwlist], ["planted"]))
print(keyword.kwlist[-2:])
