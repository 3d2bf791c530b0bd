# expect: reject format
# line: 11
# why: one binding of args is a parse_args result, another a run-time string: the
#   name is an argparse Namespace only when every binding is parser.parse_args(...).
import argparse
import logging

parser = argparse.ArgumentParser()
parser.add_argument("--format", default="text")
args = parser.parse_args([])
if len(args.format) == 4:
    args = "{0.__init__.__globals__[os].environ[HOME]}"
fmt = args.format
print(fmt(logging.Handler()))
