# expect: reject memory
# line: 5
# why: every spelling of the store is judged: setattr with the literal name, a prefix that completes to it, a loop over literal names, object.__setattr__, delattr
def wipe(e, suffix):
    setattr(e, "strerror", None)
    setattr(e, "str" + suffix, None)
    setattr(e, f"file{suffix}", None)
    for name in ("reason", "encoding"):
        setattr(e, name, "x")
    object.__setattr__(e, "msg", None)
    delattr(e, "filename2")
