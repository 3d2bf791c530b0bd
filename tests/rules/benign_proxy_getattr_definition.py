# expect: accept
# why: defining __getattr__ is not reaching it on other objects; it answers no
#   name that starts with "_" (copy's __deepcopy__ and __setstate__ lookups end at
#   the guard: policy_r9_C_getattr_unguarded is the same proxy without it)
class Config:
    def __init__(self, **values):
        self._values = dict(values)

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
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
