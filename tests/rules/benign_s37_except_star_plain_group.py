# expect: accept
# why: except* on plain ExceptionGroups (and an exception class of the program's that is no group) runs the builtin split only
class ValidationError(ValueError):
    pass


def check(values):
    errors = [ValidationError(f"bad value {v!r}") for v in values if v < 0]
    if errors:
        raise ExceptionGroup("validation failed", errors)


try:
    check([1, -2, 3, -4])
except* ValidationError as eg:
    for e in eg.exceptions:
        print("invalid:", e)
except* TypeError:
    print("type error")
