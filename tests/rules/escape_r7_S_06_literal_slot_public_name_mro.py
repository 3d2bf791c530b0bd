# expect: reject attribute
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: a literal slot name is read on instances of every subclass: in
#   class C(configparser.ConfigParser, K) the MRO puts ConfigParser first, so
#   object.__getstate__ getattr(c, "read") is ConfigParser.read, handed to
#   __setstate__. Slot names are judged as attribute names read by name.
# Goal reached: configparser opens /etc/passwd (first line printed).
import configparser
import copy


class K:
    __slots__ = ("read",)


class C(configparser.ConfigParser, K):
    def __setstate__(self, state):
        super().__init__()
        self.got = state[1]


c = copy.deepcopy(C())
for v in c.got.values():
    try:
        v("/etc/passwd")
    except configparser.Error as e:
        print(e)
