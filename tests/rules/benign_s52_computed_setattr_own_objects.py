# expect: accept
# Computed attribute names with a letter prefix on the program's own objects and
# on a parsed-arguments namespace, where the prefix completes to no library
# method name, stay allowed.
import argparse


class Config:
    pass


cfg = Config()
for key, value in {"depth": 3, "width": 5}.items():
    setattr(cfg, f"opt_{key}", value)
args = argparse.ArgumentParser().parse_args([])
for key in ("a", "b"):
    setattr(args, "flag_" + key, True)
print(cfg.opt_depth, cfg.opt_width, args.flag_a, args.flag_b)
