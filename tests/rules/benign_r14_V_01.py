# expect: accept
# why: names judged where they are bound (round 14's honest programs p33 and p43): two
#   builder functions each name their own local parser `p`; a parse_known_args result
#   unpacked into `args, extra`; vars() of an instance bound once while another object
#   elsewhere has an attribute of the same name set (`r.c = 3` binds no variable c).
import argparse


def build_parser():
    p = argparse.ArgumentParser(prog="wc-lite")
    p.add_argument("words", nargs="*")
    p.add_argument("-n", "--repeat", type=int, default=1)
    return p


def build_tool():
    p = argparse.ArgumentParser(prog="tool")
    p.add_argument("--top", type=int, default=3)
    return p


parser = build_parser()
for argv in (["hello", "world", "-n", "2"], []):
    args = parser.parse_args(argv)
    print(vars(args), len(args.words) * args.repeat)
args, extra = parser.parse_known_args(["x", "--unknown", "1"])
print(sorted(vars(args).items()), extra)
print(build_tool().parse_args(["--top", "5"]).top)


class Config:
    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)


class Record:
    def __init__(self, a):
        self.a = a


c = Config(port=9000)
print(sorted(vars(c)))
r = Record(1)
r.c = 3
print(r.a, r.c)
