# expect: reject store
# line: 33
# why: the red team's round 26i ok_09 (its header below): a use whose value is the object itself (`0 or h`) or shares its parts (a loop's target, list(h), h + [], a comprehension) is judged where that value goes; only a display of literals and tuples of them has parts nothing can fill
# goal: prints os.environ (serious).
# mechanism: h = [{}]; g = h + [] (new list, same element); g[0][0] = run.
# rule slipped: store: binary_operator -> read; list concatenation shares elements.
# family R: "an occurrence that reads h hands out nothing": reads_only() (stores.c, round 26h) is a deny-by-default
#   list of parent kinds that "only read" the container, but two of its allow-entries hand out the object or its
#   ELEMENTS: (1) boolean_operator -> true without asking where the operator goes, yet `a or b` / `a and b` EVALUATES
#   TO an operand (`g = 0 or h` makes g an alias of h); (2) iteration (for_statement/for_in_clause right), the
#   "readers" builtins list/sorted/reversed/enumerate/zip/dict/set and binary_operator (`h + []`) make NEW outer
#   containers but bind or hold the SAME inner objects: with `h = [{}]` the inner dict reached as g / g[0] is filled
#   by `g[0] = run` while h, judged by its sole assignment (a display of no function) and name_filled(h)=false, is
#   "no function". The subscript case already says "an item may be a container inside it: judged where it goes",
#   but iteration, shallow-copy builtins and operators were not given the same treatment.
# principle: an expression hands out its operand (boolean_operator, conditional_expression, walrus) -> judge the
#   PARENT expression recursively (reads_only(w,s,p,depth+1)), as the attribute/subscript cases already do; and an
#   occurrence that hands out ELEMENTS (iteration target, for_in_clause, list/sorted/reversed/enumerate/zip/dict/
#   set/tuple/ChainMap, h + x, h * n, h | x, [*h], {**h}) is a read only when the container can hold no mutable
#   element (every element of its sole display is an immutable literal) -- otherwise the loop target / result is
#   a new alias of the elements and its stores must count as fills of h (equivalently: name_filled must follow the
#   for-target / the result name with the same rule, element-depth aware). Simplest default-deny: drop
#   boolean_operator from the allow-list and treat iteration/copy readers as reads only for flat-immutable displays.
# verify: the checker THIS -> exit 0; python3 THIS -> sys.argv gains logging.os.environ, then environ({...}) in unittest TypeError.
import contextlib
import logging
import operator
import sys
import unittest


def run(x, *a):
    x.append("logging.os.environ")
    return 0
h = [{}]
g = h + []
g[0][0] = run
es = contextlib.ExitStack()
es.callback(operator.getitem(operator.getitem(h, 0), 0), sys.argv)
es.close()
print(sys.argv)
unittest.main(exit=False)
