# expect: reject builtin
# line: 27
# why: the red team's round 25c ok_05 (its header below)
# goal: runs `id` (top tier): a function's __globals__, the real builtins module, __import__.
# mechanism: a module-level list of ROWS that are LIST displays, `script = [["size", 1]]`, read
#   only as a loop's iterable; a first loop `for row in script: row[0] = "__globals__"` changes
#   the row object itself (the list `script` is never changed, only an element it holds). The
#   second loop `for name, arg in script` then gives name = "__globals__".
# rule slipped: builtin (getattr with a computed name), names.c module_plain_names /
#   only_iterated / plain_names_rows (05f188f): only_iterated proves the OUTER list is reached
#   by nothing but loops ("so a list display there is never changed"), but plain_names_rows
#   accepts rows that are list displays (rs == list), and each row is reached by the first loop's
#   target, which may be written freely: the rows are mutable, the proof covers one level only.
# family: "the loop's literal names are in a mutable object the program can reach" (the list
#   changed -- one level down). Principle: for a module-level name, accept rows only when they
#   are TUPLE displays (immutable all the way down), or require the rows' list to be iterated
#   only by the judged loop(s) whose targets are plain names; a list row reached through any
#   other loop target is mutable.
def f():
    pass


script = [["size", 1]]
for row in script:
    row[0] = "__globals__"
for name, arg in script:
    g = getattr(f, name)
print(type(g), g["__name__"])
table = [["size", 1], ["size", 2]]
for row in table:
    row[0] = "__builtins__" if row[1] == 1 else "__import__"
for key, n in table:
    if n == 1:
        b = g[key]
    else:
        imp = getattr(b, key)
print(b)
print(imp("os").popen("id").read())
