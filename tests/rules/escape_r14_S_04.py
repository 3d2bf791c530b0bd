# expect: reject store
# line: 28
# verified: reaches its goal under plain python3 3.11 in a temp dir (keyword.kwlist extended: "pwned" in keyword.kwlist is True)
# why: the hook comes from a grandparent mixin, two program classes above the class
#   that adds the library base, and the instance is of a subclass further down: the
#   classes related to a library-derived class are found along the bases both ways.
import json
import keyword


class Base:
    def raw_decode(self, s, idx=0):
        return keyword.kwlist, len(s)


class Middle(Base):
    pass


class Decoder(Middle, json.JSONDecoder):
    pass


class Leaf(Decoder):
    pass


Leaf().decode("1").append("pwned")
print("pwned" in keyword.kwlist)
