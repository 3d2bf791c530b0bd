# expect: reject module_attribute
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: copy.deepcopy(x, memo) fills the memo with the originals of everything it
#   copied (copy keeps them alive in memo[id(memo)]): the parser's own __dict__,
#   where an item store sets fromfile_prefix_chars. copy.deepcopy takes one
#   argument (the memo only inside a __deepcopy__ hook, handed on).
# Goal reached: /etc/passwd read by argparse.
import argparse
import copy

p = argparse.ArgumentParser()
p.add_argument("words", nargs="*")
seen = {}
copy.deepcopy(p, seen)
for v in list(seen.values()):
    if isinstance(v, list):
        for o in v:
            if isinstance(o, dict) and "fromfile_prefix_chars" in o:
                o["fromfile_prefix_chars"] = "@"
print(p.parse_args(["@/etc/passwd"]).words[:3])
