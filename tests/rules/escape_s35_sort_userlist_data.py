# expect: reject store
# line: 14
# why: plain_sort: UserList.sort is its .data's; a program that stores .data may put there an object whose sort is a def of the program's (here an argparse Namespace whose dest, written with an escape, is the word)
import argparse
import collections
import sys


def f(key):
    key(sys.argv)


def g(x):
    x.append("logging.os.environ")


p = argparse.ArgumentParser()
p.add_argument("--a", dest="so\x72t", default=f)
u = collections.UserList()
u.data = p.parse_args([])
u.sort(key=g)
print(sys.argv)
