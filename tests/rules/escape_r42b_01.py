# expect: reject store
# line: 28
# why: round 42b ok_01: types.GenericAlias (difflib's, functools', graphlib's, typing's) hands every attribute read on to its origin: a view, whose methods are its first argument's
# ok_01 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv, the list the
#          sys module holds): the sys.argv / unittest.main lever.
#
# Mechanism: types.GenericAlias, re-exported as a public name of several allowed
#   modules (difflib.GenericAlias; also functools, graphlib, contextlib, dataclasses,
#   logging ... all module-allowed by the generated audit), is a PROXY: its
#   tp_getattro (Objects/genericaliasobject.c, ga_getattro) forwards every attribute
#   name outside a short exception list (__origin__, __args__, __class__, ...) to
#   its __origin__. GenericAlias(sys.argv, ()).append is sys.argv.append.
#
# Why the checker missed it (analyzer/stores.c): GenericAlias is "library-holds"
#   (rules/library-classes.txt): the audit saw the argument kept one level in, so
#   the call's value is new at level 0 with sys.argv one level down. The store rule
#   judges `g.append(...)` at level 0 of g (new) -- but a proxy's level-0 methods ARE
#   its level-1 object's. view_name()/view_class() list the wrappers that write
#   through (ChainMap, UserDict, UserList, UserString, SectionProxy); its comment
#   names MappingProxyType and weakref proxies as "the others", not GenericAlias.
#   difflib is also a text_module(), so builds_new() trusts its functions.
import difflib
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest

g = difflib.GenericAlias(sys.argv, ())
g.append("logging.os.environ")
print("sys.argv:", sys.argv)
unittest.main(exit=False)  # the loader's error message prints os.environ
