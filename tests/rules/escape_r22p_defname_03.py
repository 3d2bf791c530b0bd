# expect: reject store
# line: 14
# verified: reaches its goal under plain python3 3.11 (copy.copy of the classmethod is Counter.copy, a plain function; called with int it returns the builtin type)
# why: a letter prefix that completes to a library method written in Python:
#   "cop" + "y" is copy, and a method bound to a class copied by name is that
#   class's unbound function. The prefix is judged against every refused name and
#   every library-unbound name, whatever the receiver.
import collections
import copy

def grab(cls):
    return cls

grab.__name__ = "cop" + "y"

class Tally(collections.Counter):
    fetch = classmethod(grab)

plain = copy.copy(Tally.fetch)
print(plain, plain(int))
