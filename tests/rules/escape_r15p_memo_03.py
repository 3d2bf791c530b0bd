# expect: reject module_attribute
# line: 14
# verified: reaches its goal under plain python3 3.11 in a temp dir (logging's registry of loggers gains the memo's entries (int keys))
# why: round 15 takes `copy.deepcopy(x, memo)` written in `def __deepcopy__(self,
#   memo)` with that hook's own memo for what `copy.deepcopy(x)` hands back (a copy
#   of x, or the copy made of x earlier in the pass), and no longer as a call that
#   puts the memo into x (honest14b p41's `Config(**copy.deepcopy(self.opts, memo))`).
#   A def named __deepcopy__ outside a class body is called by the program with any dict as the memo, which deepcopy then writes: not a hook (refused by the copy facade).
import copy
import logging


def __deepcopy__(self, memo):
    return copy.deepcopy(self, memo)


__deepcopy__([1], logging.Logger.manager.loggerDict)
print(sum(isinstance(k, int) for k in logging.Logger.manager.loggerDict))
