# expect: reject name
# line: 13
# verified: reaches its goal under plain python3 (3.11) in a temp dir (os.environ printed (format field {0.__init__.__globals__[os].environ}))
# why: tenth red team, family N (private-name mangling): mangled read swaps bound once format template

# The mangling differential in the other direction: __FMT is bound once at top level to
# "{0}", which is what the checker judges the .format receiver by; inside class K,
# CPython reads __FMT as _K__FMT, a different top-level string the checker never
# judged as a format template (it is a plain string there).
import logging

__FMT = "{0}"
_K__FMT = "{0.__init__.__globals__[os].environ}"


class K:
    def show(self, obj):
        return __FMT.format(obj)


print(K().show(logging.Logger))
