# expect: reject store
# line: 37
# why: round 30a ok_03: a namedtuple base built by a call holds its default list for every instance: a class holds its computed bases (class_holds_bases), and what is stored into a part of its call's result the class holds (alias_roots)
# ok_03 -- goal 1 (prints os.environ, every variable) via goal 3 (the program
#          appends to sys.argv, a list the sys module holds): the sys.argv /
#          unittest.main lever.
#
# Mechanism: a class statement whose BASE is a call, collections.namedtuple(
#   "P", ["x"], defaults=[[]]).  namedtuple keeps the defaults in the generated
#   __new__'s __defaults__, so every P() made without arguments holds the SAME
#   list as its x.  The program appends sys.argv through one call's P()[0]; a
#   later P()[0] is that list, and its [0] is sys.argv.
#
# Why the checker missed it: analyzer/stores.c classify_name() answers CK_CLASS
#   for P (one class statement, no decorator: class_bound_to_itself), and a
#   CK_CLASS call is a NEW object holding its arguments' parts (here none) plus
#   its body's values (body_parts(), "(body)P": here nothing, the body is
#   `pass`).  What the class's base expression holds -- the defaults display
#   handed to namedtuple -- is not a part of the call; round 29c's fix for
#   NamedTuple defaults (class_holds_binding) covers only BODY bindings.
#   classes.c makes_instances() would say no for this class (a base that is no
#   name), but the store rule never asks it.
#   Controls: `P = collections.namedtuple(..., defaults=[[]])` then P().x is
#   refused (rule store, an opaque library product), and so is a named base
#   `Base = collections.namedtuple(...); class P(Base): pass` (tested).
import collections
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest


class P(collections.namedtuple("P", ["x"], defaults=[[]])):
    pass


inbox = P()[0]
inbox.append(sys.argv)
names = P()[0]
print("names[0] is sys.argv:", names[0] is sys.argv)
names[0].append("logging.os.environ")
unittest.main(exit=False)
