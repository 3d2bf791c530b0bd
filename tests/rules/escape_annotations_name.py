# expect: reject name
# why: a hand-written __annotations__ can hold keys that are not identifiers
# line: 5
class P:
    __annotations__ = {"a,b": int}
