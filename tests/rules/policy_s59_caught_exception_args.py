# expect: reject memory
# line: 7
# why: cost of the exception-field rule: a caught exception's args rewritten to add context is a store of a field str() converts borrowed; raise a new exception from it instead (raise ValueError(f"row 3: {e}") from e)
try:
    int("x")
except ValueError as e:
    e.args = ("row 3: " + str(e.args[0]),)
    print(e)
