# expect: reject format
# line: 11
# why: a parser whose parse_args the program replaced returns what the program chose:
#   a program that stores over parse_args has no argparse results at all.
import argparse
import logging

parser = argparse.ArgumentParser()
parser.parse_args = lambda argv: "{0.__init__.__globals__[os].environ[HOME]}"
args = parser.parse_args([])
fmt = args.format
print(fmt(logging.Handler()))
