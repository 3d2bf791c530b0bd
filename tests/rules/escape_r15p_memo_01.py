# expect: reject store
# line: 16
# verified: reaches its goal under plain python3 3.11 in a temp dir (asyncio's logger gains a handler)
# why: round 15 takes `copy.deepcopy(x, memo)` written in `def __deepcopy__(self,
#   memo)` with that hook's own memo for what `copy.deepcopy(x)` hands back (a copy
#   of x, or the copy made of x earlier in the pass), and no longer as a call that
#   puts the memo into x (honest14b p41's `Config(**copy.deepcopy(self.opts, memo))`).
#   A library logger is its own deep copy (its reduce is getLogger(name)): the copy is the shared logger, whose handlers are written, as for the one-argument call.
import copy
import logging


class Box:
    def __deepcopy__(self, memo):
        twin = copy.deepcopy(logging.getLogger("asyncio"), memo)
        twin.handlers.append(logging.NullHandler())
        return Box()


copy.deepcopy(Box())
print(logging.getLogger("asyncio").handlers)
