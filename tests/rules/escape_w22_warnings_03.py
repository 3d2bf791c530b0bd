# expect: reject store
# why: the twenty-second wall round: C warnings state replaced from the module while a filter's
#   callback runs (a use after free the runtime wall cannot hold off): the checker keeps it out
# line: 30
# ok_03 - memory corruption: write into a freed dict (the C warnings once-registry), SIGSEGV
# Goal: SIGSEGV from a use after free (a dict insertion into a dict freed mid-lookup).
# Mechanism: ok_01's family, a second borrowed pointer of _warnings.c: get_once_registry()
#   does Py_SETREF(st->once_registry, warnings.onceregistry) and RETURNS it borrowed;
#   warn_explicit (action "once", registry=None) hands it to update_registry ->
#   already_warned: PyDict_GetItemWithError(registry, ("outer", W)) compares a colliding
#   key of the program's, ("outer", X()) with hash(X()) == hash(W), so X.__eq__ runs inside
#   the lookup. There the program sets warnings.onceregistry to a new dict and calls
#   warnings.warn_explicit again: the inner get_once_registry's Py_SETREF frees the outer's
#   registry (its only owner by then). The outer lookup and then PyDict_SetItem(registry,
#   key, True) run on the freed dict and its freed keys table -> SIGSEGV.
#   (warnings.warn_explicit / warnings.onceregistry: no audit event, nothing the wall
#   patched.) Fixing ok_01 by holding st->filters would not close this one, nor
#   st->default_action (get_default_action also returns a borrowed, replaceable object).
# Proof (sb-run):
#   status: error   exit_code: 139   Process killed by signal 11 (SIGSEGV)
#   stderr: f:2: W: outer      (the outer warn, then the crash; the next print never ran)
import warnings
state = {"n": 0}; keep = []
class X:
    def __hash__(self): return hash(W)
    def __eq__(self, other):
        if state["n"] == 0:
            state["n"] = 1
            # the inner warn finds itself already shown: it allocates nothing after the free
            warnings.onceregistry = {"version": version, ("in", W2): True}
            warnings.warn_explicit("in", W2, "f", 1, registry=None)   # frees the old registry
            keep.append({"mine": 1})   # takes the freed dict's struct
        return False
class W(UserWarning): pass
class W2(UserWarning): pass
warnings.filters[:] = [("once", None, Warning, None, 0)]
reg = {}
warnings.onceregistry = reg
warnings.warn_explicit("first", W, "f", 1, registry=None)   # sets reg["version"]
version = reg["version"]
reg[("outer", X())] = False   # collides with ("outer", W): X.__eq__ runs in the lookup
oid = id(reg); del reg
warnings.warn_explicit("outer", W, "f", 2, registry=None)
print("dict made after the free sits at the old registry:", id(keep[0]) == oid)
print("its keys (the program put only 'mine'):", list(keep[0]))
