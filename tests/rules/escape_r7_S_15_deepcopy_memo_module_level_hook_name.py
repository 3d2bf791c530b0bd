# expect: reject module_attribute
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: a def named __deepcopy__ at module level is no hook: the program calls it
#   with its own dict, and copy.deepcopy(x, memo) there fills that dict with the
#   parser's originals. The memo is handed on only from a def directly in a
#   class body.
# Goal reached: /etc/passwd read by argparse.
import argparse
import copy


def __deepcopy__(x, memo):
    return copy.deepcopy(x, memo)


p = argparse.ArgumentParser()
p.add_argument("words", nargs="*")
seen = {}
__deepcopy__(p, seen)
for v in list(seen.values()):
    if isinstance(v, list):
        for o in v:
            if isinstance(o, dict) and "fromfile_prefix_chars" in o:
                o["fromfile_prefix_chars"] = "@"
print(p.parse_args(["@/etc/passwd"]).words[:3])
