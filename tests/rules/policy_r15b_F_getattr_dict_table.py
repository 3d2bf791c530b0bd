# expect: reject attribute
# line: 19
# why: the cost of the fifteenth red team's family F rule (rules/README.md, section 3,
#   "a __getattr__ answers only names it lists"): this proxy answers every name its
#   table holds, and the table's keys are data (Config(**{"tb_" + "frame": f}) or a
#   dict literal), so an instance passes for a traceback, frame or code object in
#   library code that formats one (tb_frame, f_code, co_filename are refused as
#   attribute names wherever the program spells them). Was benign until round 15:
#   list the names (`if name in ("host", "port", "debug"): return
#   self._values[name]`) or read the dict (cfg.values["host"]).
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
