# expect: reject store
# line: 25
# verified: reaches its goal under plain python3 3.11 in a temp dir (keyword.kwlist extended: "pwned" in keyword.kwlist is True)
# why: the hook is set on the instance (an instance attribute shadows the class's
#   method) to a closure a factory returns; the library calls it and decode hands its
#   first result back.
import json
import keyword


def make_hook():
    def hook(s, idx=0):
        return keyword.kwlist, len(s)
    return hook


class Decoder(json.JSONDecoder):
    def __init__(self):
        super().__init__()
        self.raw_decode = make_hook()


d = Decoder()
got = d.decode("1")
got.append("pwned")
print("pwned" in keyword.kwlist)
