# expect: reject store
# why: argparse keeps the default partial on the Namespace under the option's name `copy`; calling it hands back kwlist
# line: 10
import argparse
import functools
import keyword
p = argparse.ArgumentParser()
p.add_argument("--copy", default=functools.partial(min, [keyword.kwlist]))
y = p.parse_args([]).copy()
y.append("pwn")
print(keyword.kwlist[-1])
