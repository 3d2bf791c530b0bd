# expect: reject dunder
# line: 14
# why: ours, round 27b: a method that reads no private name, copied by copy.deepcopy beside its receiver, would run on what __deepcopy__ answered (a new Logger) and clear the shared logging registry through it; refused at the hook's return
# copy.deepcopy binds a copied method to what __deepcopy__ answered: here a new
# logging.Logger, whose manager (the logging registry, shared) the method clears.
import copy
import logging


class S:
    def __init__(self):
        self.target = logging.Logger("x")

    def __deepcopy__(self, memo):
        return self.target

    def reset(self):
        self.manager.loggerDict.clear()


s = S()
copied = copy.deepcopy([s, s.reset])
copied[1]()
print(logging.Logger.manager.loggerDict)
