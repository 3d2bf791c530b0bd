# expect: reject dunder
# line: 15
# why: the cost of the __getattr__ hook rule (ninth red team, family C): this proxy
#   answers every name its table holds, and the table's keys are data
#   (Config(**{"__deepcopy__": keep})), so copy.deepcopy's lookup of __deepcopy__
#   or __setstate__ could be answered by any callable, which copy then hands its
#   memo (the originals of everything it copied) or the copied state. Refused
#   unless its first statement is `if name.startswith("_"): raise
#   AttributeError(name)` (benign_proxy_getattr_definition) or it returns only
#   strings and numbers
class Config:
    def __init__(self, **values):
        self._values = dict(values)

    def __getattr__(self, name):
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None

    def set(self, name, value):
        self._values[name] = value

    def __dir__(self):
        return sorted(self._values)


cfg = Config(host="localhost", port=8080)
cfg.set("debug", True)
print(cfg.host, cfg.port, cfg.debug, dir(cfg), hasattr(cfg, "nope"))
