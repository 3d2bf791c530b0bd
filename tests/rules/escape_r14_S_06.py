# expect: reject store
# line: 25
# verified: reaches its goal under plain python3 3.11 in a temp dir (keyword.kwlist extended: "pwned" in keyword.kwlist is True)
# why: the mixin reaches the decoder's bases through a function's return, a base the
#   rule cannot place: then any class of the program may be in a library-derived
#   instance's MRO, and what every function returns is what a library call may hand
#   back.
import json
import keyword


class Mixin:
    def raw_decode(self, s, idx=0):
        return keyword.kwlist, len(s)


def base():
    return Mixin


class Decoder(base(), json.JSONDecoder):
    pass


json.loads("1", cls=Decoder).append("pwned")
print("pwned" in keyword.kwlist)
