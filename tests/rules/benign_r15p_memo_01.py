# expect: accept
# why: round 15 (issue 13, honest14b p41): a config object whose __deepcopy__ rebuilds
#   itself from a deep copy of its own keyword table, handing the hook's memo on;
#   the program then changes a list of its original's table in place.
import copy

class Config:
    def __init__(self, **opts):
        self.opts = opts
        self.history = []
    def __deepcopy__(self, memo):
        new = Config(**copy.deepcopy(self.opts, memo))
        new.history = []
        return new

cfg = Config(layers=[1, 2], name="net")
cfg.history.append("init")
c2 = copy.deepcopy(cfg)
cfg.opts["layers"].append(3)
print(cfg.opts, c2.opts, c2.history)
