# expect: reject store
# why: the red team's round 23n ok_11: dataclasses.replace(d, x=sys.argv) calls obj.__class__(x=sys.argv): the generated
# line: 25
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_11.py (environ in the TypeError)
# mechanism: dataclasses.replace(d, x=sys.argv) calls obj.__class__(x=sys.argv): the generated
#   __init__ stores sys.argv in the field x and calls __post_init__, which appends
#   'logging.os.environ' to self.x; unittest.main() resolves __main__.logging.os.environ.
# rule slipped: store (analyzer/stores.c class_call, "its annotated names (dataclass fields) may
#   hold them"). The field x is linked to the arguments of calls OF THE CLASS (D(...), map(D, ..)),
#   here only D([]); dataclasses.replace calls the class of the instance it is handed, with its
#   own keyword arguments, which class_call never sees. So the field holds nothing from a module
#   and self.x.append(...) is judged a store into the program's own value. (Field variant of
#   ok_08.)
import dataclasses
import logging
import sys
import unittest


@dataclasses.dataclass
class D:
    x: list

    def __post_init__(self):
        self.x.append('logging.os.environ')


d = D([])
dataclasses.replace(d, x=sys.argv)
unittest.main(exit=False)
