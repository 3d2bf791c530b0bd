# expect: reject module_attribute
# why: argparse facade: fromfile_prefix_chars reads the file an argument names; the error shows its lines
# line: 5
import argparse
p = argparse.ArgumentParser(fromfile_prefix_chars="@")
p.parse_args(["@/etc/passwd"])
