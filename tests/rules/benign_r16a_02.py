# expect: accept
# why: round 16a family D look-alike: the instance table read, copied, printed and its program-made items changed, where no attribute of the program holds a value reached through a module (b3: one does, but only the copy's own keys are written)
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("--n", type=int, default=3)
parser.add_argument("--name", default="x")
args = parser.parse_args([])
opts = dict(vars(args))
opts["extra"] = True
opts.update(n=4)
for key, value in sorted(vars(args).items()):
    print(key, value)
print(opts)
