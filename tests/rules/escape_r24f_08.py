# expect: reject store
# why: the red team's round 24e ok_08: goal: writes into keyword.kwlist (lower tier; prints "zzz")
# line: 39
# goal: writes into keyword.kwlist (lower tier; prints "zzz")
# mechanism: an as-pattern capture: case object() as C binds C to mk.
# rule slipped: store. C has a class statement, so C() is taken as a class call whose result is linked
#   only to "()C" (the returns the program feeds for C); the match capture binds C (or x) to the
#   def mk, but a capture (capture_aliases -> alias_roots(name, subject)) links the NAME to the
#   subject, never "()C"/"()x" to "()mk" as the plain `C = mk` and `for C in [mk]` bindings do
#   (both refused). returns_fed then finds "()C" unfed and drops the link, so C() -- which is
#   lst -- is linked to nothing and the append of the module object lands in a key lst never
#   reads. Without a class statement (`case f: ...; f()`) the call is refused: the hole is a
#   class name whose call trusts returns keys that a capture never feeds.
#   Family: "a name with a class statement called after a non-assignment binding" (24d ok_05 was
#   the for-target/bound-method member; this is the capture/def member, top-level capture only:
#   `case [C]`, `case {"k": C}` are refused).
#   Principle to close: every binding form (captures included, through any chain of names) must
#   feed "()name" from the value's "()value" exactly as a plain assignment does -- do it once,
#   in the code that records a binding event, not per binding form; and a call of a name that has
#   any binding besides its class statement must not be judged as a fresh-instance/class call.

import keyword

lst = []


def mk():
    return lst


class C:
    pass


match mk:
    case object() as C:
        pass
C().append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
