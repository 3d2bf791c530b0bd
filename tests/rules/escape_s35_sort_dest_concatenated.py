# expect: reject store
# line: 13
# why: plain_sort: an argparse dest written as an implicit concatenation, "so" "rt": the decoded value holds the word; the def of the program then calls key with a module's object
import argparse
import sys


def f(key):
    key(sys.argv)


def g(x):
    x.append("logging.os.environ")


p = argparse.ArgumentParser()
p.add_argument("--a", dest="so" "rt", default=f)
p.parse_args([]).sort(key=g)
print(sys.argv)
