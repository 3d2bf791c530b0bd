# expect: reject store
# line: 26
# verified: reaches its goal under plain python3 3.11 in a temp dir (keyword.kwlist extended: "pwned" in keyword.kwlist is True)
# why: the mixin whose raw_decode is the hook is named in the decoder's bases only
#   through a subscript (`Mixin[int]`, answered by its own __class_getitem__): the
#   classes connected to a library-derived class are found through a subscript's
#   value too.
import json
import keyword


class Mixin:
    def __class_getitem__(cls, item):
        return cls

    def raw_decode(self, s, idx=0):
        return keyword.kwlist, len(s)


class Decoder(Mixin[int], json.JSONDecoder):
    pass


def run():
    return json.loads("1", cls=Decoder)
run().append("pwned")
print("pwned" in keyword.kwlist)
