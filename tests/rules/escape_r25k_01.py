# expect: reject store
# line: 34
# why: the red team's round 25k ok_01 (its header below): a staticmethod reached through an instance takes the library's first value as its first parameter
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ' DIRECTLY, then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__.
#   (ok_01f.py: 'logging.os.fork' -> the loader calls os.fork(), a new process.)
# mechanism: a @staticmethod g(x) of the program's class K, taken through an INSTANCE,
#   `K().g`, and handed to a library caller as a callback: sorted([sys.argv], key=K().g)
#   calls g(sys.argv) and g appends to it.
# rule slipped: store, stores.c higher-order argument (the ho_ctx handler around
#   compared_key/sort_receiver, ~line 7950): for an attribute callback `obj.name` it sets
#   `first = maybe_class(w, s, obj) ? 0 : 1` -- "k.pick is a bound method: the library's
#   arguments fill the parameters after self" -- so for an instance receiver the library's
#   values are linked to parameters 1.. and parameter 0 (x) is taken for self, a program
#   instance. But a @staticmethod looked up on an instance is the plain function: no self
#   is bound, the library's first argument IS x. x is linked to nothing module-made, so
#   x.append passes. Not specific to key=: map(k.g, [sys.argv]) (ok_02) the same.
#   Controls: key=K.g (class receiver: first=0) refused (no_16); K().g(sys.argv) as a
#   direct call refused (no_17); @classmethod through an instance (cls, x) refused (no_18).
# family: "a parameter-position offset decided by the receiver's kind, not by the def's
#   decorator" (the method/self model assumes every def in a class body binds self).
#   Principle: the offset of a callback's parameters comes from the def: 0 for a
#   @staticmethod (and for any def whose decorators are not known to bind), 1 only for a
#   plain undecorated def (or classmethod) reached through an instance; when unsure, link
#   the library's values to every parameter.
import logging
import sys
import unittest


class K:
    @staticmethod
    def g(x):
        x.append("logging.os.environ")
        return 0


sorted([sys.argv], key=K().g)
print(sys.argv)
unittest.main(exit=False)
