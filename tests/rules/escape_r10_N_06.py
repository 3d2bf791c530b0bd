# expect: reject name
# line: 13
# verified: reaches its goal under plain python3 (3.11) in a temp dir (os.environ printed (format field {0.__init__.__globals__[os].environ} on logging.Logger))
# why: tenth red team, family N (private-name mangling): mangled global rebinds bound once format template

# The same differential against the checker's "bound once" rules (here: str.format is
# allowed on a name bound once, in the whole program, by NAME = "literal"). _K__FMT is
# bound once, to "{0}", as far as the checker can see; the method's `global __FMT`
# and `__FMT = ...` are, for CPython, that same global. The format field walks
# Logger.__init__.__globals__ to the os module and prints os.environ.
import logging

_K__FMT = "{0}"


class K:
    def set(self):
        global __FMT
        __FMT = "{0.__init__.__globals__[os].environ}"


K().set()
print(_K__FMT.format(logging.Logger))
