# expect: reject module_attribute
# line: 16
# verified: reaches its goal under plain python3 3.11 in a temp dir (logging's registry of loggers gains the memo's entries (int keys))
# why: round 15 takes `copy.deepcopy(x, memo)` written in `def __deepcopy__(self,
#   memo)` with that hook's own memo for what `copy.deepcopy(x)` hands back (a copy
#   of x, or the copy made of x earlier in the pass), and no longer as a call that
#   puts the memo into x (honest14b p41's `Config(**copy.deepcopy(self.opts, memo))`).
#   A function nested in the hook takes its own parameter named memo: the memo handed on is the nested function's, any dict.
import copy
import logging


class Box:
    def __deepcopy__(self, memo):
        def inner(memo):
            return copy.deepcopy([1], memo)
        inner(logging.Logger.manager.loggerDict)
        return Box()


copy.deepcopy(Box())
print(sum(isinstance(k, int) for k in logging.Logger.manager.loggerDict))
