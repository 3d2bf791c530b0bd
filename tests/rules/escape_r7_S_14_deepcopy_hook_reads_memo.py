# expect: reject dunder
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: a program __deepcopy__ hook copied after a library object in the same
#   deepcopy receives the memo holding that object's originals (its __dict__).
#   The hook is `def __deepcopy__(self, memo)` with memo only handed on to
#   copy.deepcopy(value, memo).
# Goal reached: /etc/passwd read by argparse.
import argparse
import copy


class Hook:
    def __deepcopy__(self, memo):
        for v in list(memo.values()):
            if isinstance(v, list):
                for o in v:
                    if isinstance(o, dict) and "fromfile_prefix_chars" in o:
                        o["fromfile_prefix_chars"] = "@"
        return Hook()


p = argparse.ArgumentParser()
p.add_argument("words", nargs="*")
copy.deepcopy([p, Hook()])
print(p.parse_args(["@/etc/passwd"]).words[:3])
