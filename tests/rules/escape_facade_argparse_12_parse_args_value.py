# expect: reject method
# why: argparse facade: parse_args taken as a value escapes the check of its arguments (a namespace of the program's choosing)
# line: 8
import argparse
import json
p = argparse.ArgumentParser()
p.add_argument("--encode", type=str)
parse = p.parse_args
parse(["--encode", "written"], json.JSONEncoder)
print(json.JSONEncoder.encode)
