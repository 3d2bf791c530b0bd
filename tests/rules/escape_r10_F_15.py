# expect: reject store
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the library ABC claims the class: True printed)
# why: tenth red team (10b), family F, our own: an ABC's register (ABCMeta.register) writes into the receiver's registry: a library ABC then claims a class it does not describe, for the whole process

import collections.abc
import numbers


class K:
    pass


collections.abc.Sequence.register(K)
numbers.Integral.register(str)
print(isinstance(K(), collections.abc.Sequence), isinstance("x", numbers.Integral))
