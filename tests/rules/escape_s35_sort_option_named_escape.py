# expect: reject store
# line: 13
# why: plain_sort: an option string with a \N{...} escape, whose decoded value makes the dest sort; the def of the program then calls key with a module's object
import argparse
import sys


def f(key):
    key(sys.argv)


def g(x):
    x.append("logging.os.environ")


p = argparse.ArgumentParser()
p.add_argument("--\N{LATIN SMALL LETTER S}ort", default=f)
p.parse_args([]).sort(key=g)
print(sys.argv)
