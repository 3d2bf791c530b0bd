# expect: reject module_attribute
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: the same with memo= as a keyword.
# Goal reached: /etc/passwd read by argparse.
import argparse
import copy

p = argparse.ArgumentParser()
p.add_argument("words", nargs="*")
seen = {}
copy.deepcopy(p, memo=seen)
for v in list(seen.values()):
    if isinstance(v, list):
        for o in v:
            if isinstance(o, dict) and "fromfile_prefix_chars" in o:
                o["fromfile_prefix_chars"] = "@"
print(p.parse_args(["@/etc/passwd"]).words[:3])
