# expect: reject store
# why: the red team's round 23n ok_09: dataclasses.replace(d, y=sys.argv) builds the copy by calling the program's class
# line: 30
# goal: runs a process (os.fork) with no input (serious). Run: /usr/bin/python3 ok_09.py -> TypeErrors 'calling <built-in function fork> returned ...' from parent and child
# mechanism: dataclasses.replace(d, y=sys.argv) builds the copy by calling the program's class
#   itself, obj.__class__(**changes): D(y=sys.argv) runs the generated __init__, which hands the
#   InitVar y to D.__post_init__(self, y); __post_init__ appends 'logging.os.fork' to y (sys.argv);
#   unittest.main() resolves __main__.logging.os.fork from sys.argv[1:].
# rule slipped: store (rules/README.md sec.4; analyzer/stores.c class_call). A call of a class
#   hands its arguments to the class's __init__, __new__, _missing_ and __post_init__ and its
#   annotated fields (class_call) -- but only where the program CALLS the class (K(...)) or
#   hands it as a callback (map(K, xs), key=K). dataclasses.replace calls the class of an
#   INSTANCE it is given (obj.__class__), with the keyword arguments it was given: d is an
#   instance, not the class, so no class_call runs for replace's keywords. sys.argv does join
#   HANDED (a module callable's argument), but __post_init__ is no library-duck name (HANDED
#   reaches only those), so y holds nothing from a module and y.append(...) is judged a store
#   into the program's own value. (The same holds for a plain field read back in
#   __post_init__ as self.x: ok_11.)
import dataclasses
import logging
import sys
import unittest


@dataclasses.dataclass
class D:
    y: dataclasses.InitVar[list]

    def __post_init__(self, y):
        y.append('logging.os.fork')


d = D([])
dataclasses.replace(d, y=sys.argv)
unittest.main(exit=False)
