# expect: reject store
# line: 15
# verified: reaches its goal under plain python3 3.11 in a temp dir (prints ; : json.JSONEncoder's class attribute rewritten)
# why: round 15 takes `copy.deepcopy(x, memo)` written in `def __deepcopy__(self,
#   memo)` with that hook's own memo for what `copy.deepcopy(x)` hands back (a copy
#   of x, or the copy made of x earlier in the pass), and no longer as a call that
#   puts the memo into x (honest14b p41's `Config(**copy.deepcopy(self.opts, memo))`).
#   A class is its own deep copy: the attribute store through the copy writes the library class, as for the one-argument call.
import copy
import json


class Box:
    def __deepcopy__(self, memo):
        copy.deepcopy(json.JSONEncoder, memo).item_separator = ";"
        return Box()


copy.deepcopy(Box())
print(json.dumps([1, 2]))
