# expect: reject method
# why: argparse facade: parse_args(namespace=...) sets attributes on an object of the program's choosing, a standard library class included
# line: 8
import argparse
import json
p = argparse.ArgumentParser()
p.add_argument("--encode", type=str)
p.parse_args(["--encode", "written"], namespace=json.JSONEncoder)
print(json.JSONEncoder.encode)
