# expect: reject format
# line: 35
# why: the red team's round 25l ok_02 (its header below): a with-item target in parentheses or a display stores into a template table
# (member of ok_01: tuple target `as (T[0], x)`)
# goal: prints os.environ (serious): a format string the checker never read walks
#   f.__globals__["sys"].modules["os"].environ.
# mechanism: a TEMPLATE TABLE `T = ["{0}"]` (bound once, literal strings: the format rule's
#   exemption) is rewritten by a with-statement target written in parentheses:
#   `with contextlib.nullcontext((S, 1)) as (T[0], x):` stores S (a computed template) into T[0];
#   T[0].format(f) then runs a template with '{0.__globals__[sys]...}'.
# rule slipped: format (strings.c check_table_receiver -> template_table ->
#   wk_table_only_read -> table_read). table_read judges an item `T[k]` by its GRANDPARENT
#   node and accepts a parenthesized_expression, tuple or list grandparent as a read --
#   but a with-item's `as` target is an expression in tree-sitter's grammar, so
#   `as (T[0])`, `as (T[0], x)`, `as [T[0]]` put the subscript under exactly those nodes
#   while CPython compiles a STORE to it. (Plain `as T[0]` and every assignment/for
#   pattern form are refused: there the target nodes are *_pattern / as_pattern_target.)
# members: ok_01 (parenthesized), ok_02 (tuple target), ok_03 (list target).
# family: "a read is judged by its syntactic container, not by its expression context":
#   the same helper wk_table_only_read backs classes.c class_keyed_dict (a class-keyed
#   dict `handlers[type(x)]`), so `with nullcontext(k) as (handlers[0]):` plants a key
#   of the program's there too.
import contextlib
import sys


def f():
    pass


S = "{0.__glo" + "bals__[sys].modules[os].environ}"
T = ["{0}"]
with contextlib.nullcontext((S, 1)) as (T[0], x):
    pass
print("PROOF:", T[0].format(f)[:120])
