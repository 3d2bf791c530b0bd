# expect: accept
# why: family K look-alike: a program writes into objects and namespaces it made
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Config:
    pass
cfg = Config()
cfg.debug = True
setattr(cfg, "level", 3)
table = {}
table["a"] = Color.RED
print(cfg.debug, cfg.level, table, getattr(cfg, "level"), hasattr(cfg, "missing"))
