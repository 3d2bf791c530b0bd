# expect: reject memory
# line: 16
# why: except* is refused even on a plain ExceptionGroup the program raised: CPython 3.11 trusts what the group's split returns (gh-128049), and a split may be set on the instance itself (round 68: `eg.split = f`, setattr, a for target) or copied in by library code that sets attributes by name; `except ExceptionGroup as eg` with eg.subgroup(...) is the alternative (this program's cost)
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
