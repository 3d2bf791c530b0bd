# expect: reject store
# line: 22
# verified: reaches its goal under plain python3 3.11 in a temp dir (keyword.kwlist extended: "pwned" in keyword.kwlist is True)
# why: since round 14 what a library base may hand back from the program's methods
#   is what the methods of the classes related to a library-derived class return,
#   not every function's. Here the hook json.JSONDecoder.decode calls (raw_decode,
#   whose first result decode returns) is defined in a mixin without a library base;
#   the mixin is a base of the decoder class, so its methods are hooks too.
import json
import keyword


class Mixin:
    def raw_decode(self, s, idx=0):
        return keyword.kwlist, len(s)


class Decoder(Mixin, json.JSONDecoder):
    pass


json.loads("1", cls=Decoder).append("pwned")
print("pwned" in keyword.kwlist)
