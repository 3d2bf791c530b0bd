# expect: reject module_attribute
# why: argparse facade: FileType opens the path it is given
# line: 5
import argparse
print(argparse.FileType("r")("/etc/passwd").read())
