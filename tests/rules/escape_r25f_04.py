# expect: reject store
# line: 33
# why: the red team's round 25f ok_04 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ' inside f, called BY
#   map() with sys.argv, then unittest.main(exit=False) (no argv=) resolves that dotted name.
# mechanism: `class C(staticmethod)` at module level, and `class staticmethod: pass` AFTER it:
#   at run time C's base is the BUILTIN staticmethod, whose instances are CALLABLE in 3.10+
#   (C(f)(x) is f(x)). map(C(f), [sys.argv]) calls f(sys.argv); f appends to its parameter.
# rule slipped: store, stores.c maybe_function ("a new instance of a class of the program's with
#   no base the program did not write (called, it runs its own __call__, ...)" -> not a
#   function) via program_only_class, which takes the base name `staticmethod` for the
#   program's closed class because the census shows one class statement and nothing else (no
#   builtin check, no time order, no scope). So C(f) handed to map is "no function of the
#   program's": map's other arguments' items (sys.argv) never reach f's parameter x, and
#   x.append(...) is a store on a clean parameter. Control: without the later `class
#   staticmethod` (g0) and plain map(f, [sys.argv]) (g2), both refused (store).
# family: same root as ok_03 (program_only_class's census proof of a BASE name; round 25e's
#   wk_builtin_name veto was added to the callers' callee names, not to the base walk), another
#   consumer: the function-escape analysis (a builtin base whose instances are callable:
#   staticmethod). Principle: the census must
#   count a builtin's name as bound (one more `other`), in program_only_class too; or refuse
#   binding builtin names.
import logging
import sys
import unittest


class C(staticmethod):
    pass


def f(x):
    x.append("logging.os.environ")
    return 0


print(list(map(C(f), [sys.argv])))


class staticmethod:
    pass


unittest.main(exit=False)
