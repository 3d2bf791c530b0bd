# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the library ABC claims the class: True printed)
# why: tenth red team (10b), family F, our own: a library ABC's register used as a decorator over the program's class writes into the library ABC

import collections.abc


@collections.abc.Mapping.register
class K:
    pass


print(isinstance(K(), collections.abc.Mapping))
