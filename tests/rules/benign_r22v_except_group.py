# expect: accept
# why: a caught group the program reads (except* is refused: policy_s37_except_star): its
#   members' messages are copied into the program's own list, which is then appended to (no
#   library value is changed)
errors = []


def run(values):
    try:
        raise ExceptionGroup("bad", [ValueError(v) for v in values])
    except ExceptionGroup as caught:
        group = caught.subgroup(ValueError)
        for e in group.exceptions:
            errors.append(str(e))
        found = list(group.exceptions)
        found.append(None)
    return len(found)


print(run([1, 2]), errors)
