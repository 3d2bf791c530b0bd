# expect: reject store
# why: twenty-second red team, the red team's ok_07: unpacking a named receiver's copy carries the link
# line: 16
# goal: write into a namespace the program did not create (keyword.kwlist extended)
# mechanism: (a,) = lst.copy() (unpacking a named receiver's copy)
# family: (4) namespace writes, store rule alias links (analyzer/stores.c alias_roots).
# rule slipped: store. alias_roots links a call result to its arguments (10bbf55), to d.get/pop/setdefault/__getitem__
#   receivers and to a *display* receiver ({1: d}.values()), but a method call on a NAMED receiver (or on a call
#   such as iter([d])) with any other method name links only to "()name" returns: the receiver is never walked,
#   so the store through the second name never reaches d#held and the later mutation through d is judged the
#   program's own.
import keyword
d = {}
lst = [d]
(a,) = lst.copy()
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
