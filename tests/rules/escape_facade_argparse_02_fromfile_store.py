# expect: reject attribute
# why: argparse facade: fromfile_prefix_chars set after the parser is made
# line: 6
import argparse
p = argparse.ArgumentParser()
p.fromfile_prefix_chars = "@"
p.parse_args(["@/etc/passwd"])
