# expect: accept
# why: CPython 3.11 compiles this: patterns CPython takes
match [1]:
    case [1, *rest] if rest:
        pass
    case {'k': v, **kw}:
        pass
    case int(real=0) | 1:
        pass
    case (a, b) as c:
        pass
    case _:
        pass
