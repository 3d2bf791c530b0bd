# expect: accept
# why: look-alike of rounds 34 and 35: re.findall over a line read from sys.stdin or input() is exact text's, so the list it builds is the program's although an escaping function of the program returns a parameter's attribute
import json
import re
import sys


def as_dict(p):
    return {"x": p.x}


text = json.dumps([1], default=as_dict)
first = sys.stdin.readline()
counts = re.findall(r"\d+", first)
counts.append("0")
counts2 = re.findall(r"\d+", input())
counts2.append("0")
print(counts, counts2, text)
