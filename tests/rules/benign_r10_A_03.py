# expect: accept
# why: tenth red team (10b), family A: keyword arguments of the text modules (re's flags), json with a builtin hook, sorted with a key: results the program may change

import re
import sys
import logging
import argparse
import json

parts = re.split(r",", "a,b", flags=re.IGNORECASE)
parts.append("c")
found = re.findall(r"\w", "ab", flags=re.I | re.M)
found.append("z")
data = json.loads("{}", parse_float=float)
data["k"] = 1
p = argparse.ArgumentParser()
p.add_argument("files", nargs="*")
args = p.parse_args(sys.argv[1:])
rows = sorted([[1], [2]], key=lambda r: r[0], reverse=True)
rows[0].append(3)
print(parts, found, data, args.files, rows)
