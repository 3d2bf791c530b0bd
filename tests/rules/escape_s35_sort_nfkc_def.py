# expect: reject store
# line: 13
# why: plain_sort: a def named with a fullwidth letter is sort once CPython folds the identifier (NFKC): the census must see the folded name; the def of the program then calls key with a module's object
import sys


class P:
    def ｓort(self, key):
        key(sys.argv)


def g(x):
    x.append("logging.os.environ")


P().sort(key=g)
print(sys.argv)
