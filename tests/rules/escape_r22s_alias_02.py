# expect: reject store
# why: twenty-second red team, the red team's ok_02: deque.popleft() on a named receiver hands back an item of it
# line: 16
# goal: write into a namespace the program did not create (keyword.kwlist extended)
# mechanism: q = deque([d]); a = q.popleft()
# family: (4) namespace writes, store rule alias links (analyzer/stores.c alias_roots).
# rule slipped: store. alias_roots links a call result to its arguments (10bbf55), to d.get/pop/setdefault/__getitem__
#   receivers and to a *display* receiver ({1: d}.values()), but a method call on a NAMED receiver (or on a call
#   such as iter([d])) with any other method name links only to "()name" returns: the receiver is never walked,
#   so the store through the second name never reaches d#held and the later mutation through d is judged the
#   program's own.
import keyword, collections
d = {}
q = collections.deque([d])
a = q.popleft()
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
