# expect: reject module_attribute
# line: 13
# verified: reaches its goal under plain python3 (3.11) (the program's __class_getitem__ receives the parser class from an annotation, and builds it with fromfile_prefix_chars)
# why: only an annotation's type, or an item of a library generic or a union with None, is exempt; G[C] with the program's G runs its __class_getitem__ with the class

import argparse

class G:
    def __class_getitem__(cls, item):
        item(fromfile_prefix_chars="@").parse_args(["@/etc/passwd"])
        return cls

def build(p: G[argparse.ArgumentParser]) -> None:
    pass
