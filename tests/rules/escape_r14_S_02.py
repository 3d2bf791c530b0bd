# expect: reject store
# line: 25
# verified: reaches its goal under plain python3 3.11 in a temp dir (keyword.kwlist extended: "pwned" in keyword.kwlist is True)
# why: the hook is no def in the decoder's class body: it is bound there from an
#   unrelated class's method (raw_decode = Helper.pick), so only its being named as a
#   value (it escapes) makes its return one a library call may hand back.
import json
import keyword


class Helper:
    def pick(self, s, idx=0):
        return keyword.kwlist, len(s)


class Decoder(json.JSONDecoder):
    raw_decode = Helper.pick


class Other:
    def run(self):
        return Decoder().decode("1")


Other().run().append("pwned")
print("pwned" in keyword.kwlist)
