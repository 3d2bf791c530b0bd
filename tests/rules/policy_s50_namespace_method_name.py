# expect: reject store
# line: 11
# why: cost: an argparse Namespace is a library object with an attribute
# dictionary, and count is a method of library classes (UserList.count): the
# checker does not tell the object's class apart, so the store is refused.
# Name the attribute otherwise (n_items) or keep the figure in a variable.
import argparse

args = argparse.ArgumentParser().parse_args([])
args.count = 0
args.count = 1
print(args.count)
