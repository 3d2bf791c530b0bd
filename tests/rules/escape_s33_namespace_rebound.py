# expect: reject store
# line: 11
# why: a name also bound to sys.argv is no argparse result: its .append taken as a value is a store
import argparse
import sys

parser = argparse.ArgumentParser(prog="todo")
args = parser.parse_args([])
if len(sys.argv) > 0:
    args = sys.argv
grab = args.append
grab("pwn")
print(sys.argv)
