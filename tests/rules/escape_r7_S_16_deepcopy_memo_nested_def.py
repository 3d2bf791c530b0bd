# expect: reject module_attribute
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: a hook returning a nested def whose own parameter `memo` is any dict the
#   program passes later; the memo is the hook's second parameter, used nowhere
#   but as copy.deepcopy(value, memo) in the hook itself.
# Goal reached: /etc/passwd read by argparse.
import argparse
import copy


class K:
    def __deepcopy__(self, memo):
        def inner(memo):
            return copy.deepcopy(p, memo)
        return inner


p = argparse.ArgumentParser()
p.add_argument("words", nargs="*")
seen = {}
copy.deepcopy(K())(seen)
for v in list(seen.values()):
    if isinstance(v, list):
        for o in v:
            if isinstance(o, dict) and "fromfile_prefix_chars" in o:
                o["fromfile_prefix_chars"] = "@"
print(p.parse_args(["@/etc/passwd"]).words[:3])
