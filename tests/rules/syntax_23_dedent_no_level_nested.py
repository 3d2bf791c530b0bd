# expect: reject syntax
# line: 7
# why: dedent between two open levels (CPython: unindent does not match any outer indentation level)
def f():
    if x:
        return 1
  return 2
