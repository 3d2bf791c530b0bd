# expect: reject store
# why: argparse's Namespace holds a partial under read; ns.read() hands back the list the partial holds
# line: 9
import argparse
import functools
import keyword
ns = argparse.Namespace(read=functools.partial(min, [keyword.kwlist]))
y = ns.read()
y.append("pwn")
