# expect: reject store
# line: 42
# why: round 37b ok_03: x = functools.cached_property(lambda self: sys.argv) in call form: reading the attribute answers what the function a library call wrapped returns
# ok_03 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv): the
#          sys.argv / unittest.main lever.
#
# Mechanism: functools.cached_property (allowed: modules-audit.txt
#   `module-allow functools cached_property`) called in a class body, not used
#   as a decorator: `x = functools.cached_property(lambda self: sys.argv)`.
#   It is a descriptor: reading K().x runs the getter and hands back what it
#   returned (and caches it in the instance dict), i.e. sys.argv itself.
#
# Why the checker missed it (analyzer/stores.c): what an attribute read hands
#   back through a property is tracked only for a *decorated def*
#   (getter_key(name) is aliased where a `return` sits in a def under a
#   decorated_definition), and the builtin `property(g)` call form is judged
#   (`x = property(g0)` / `property(functools.partial(g0))` are refused), but
#   the call form of functools.cached_property is not: the class-body value is
#   a library call holding a lambda (or a def, or a partial), and the read
#   K().x is taken for the attribute's stored value -- a cached_property
#   object, which holds nothing the store rule follows.  Accepted likewise:
#   cached_property(g0) with g0 a module-level def returning sys.argv,
#   cached_property(functools.partial(next, iter([sys.argv]))), and the
#   other property-like library descriptors in call form:
#   `x = enum.property(lambda self: sys.argv)` and
#   `x = abc.abstractproperty(lambda self: sys.argv)` (both accepted, both
#   hand back sys.argv on K().x under python3.11).
#   (analyzer/memsafe.c notes cached_property(...) called, MS_DESCRIPTOR, but
#   only for the comparison-reentrancy judgement.)
import functools
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest


class K:
    x = functools.cached_property(lambda self: sys.argv)


names = K().x
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)  # the loader's TypeError message prints os.environ
