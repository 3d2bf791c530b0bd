# expect: accept
# why: except* binds a group the program reads: its members' messages are copied into the
#   program's own list, which is then appended to (no library value is changed)
errors = []


def run(values):
    try:
        raise ExceptionGroup("bad", [ValueError(v) for v in values])
    except* ValueError as group:
        for e in group.exceptions:
            errors.append(str(e))
        found = list(group.exceptions)
        found.append(None)
    return len(found)


print(run([1, 2]), errors)
