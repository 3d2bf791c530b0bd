# expect: reject module_attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: typing.ABCMeta passed as a value (no call written at the attribute):
#   a helper calls whatever class factory it is given with a mapping holding
#   __reduce_ex__; deepcopy forges a typing alias whose reduce hands out open.
# Goal reached: open obtained as a value; read /etc/passwd.
import copy
import typing


def red(self, proto):
    return (typing.List.copy_with, (("open",),), {"_name": "__builtins__"})


def build(factory):
    return factory("K", (), {"__reduce_ex__": red})


K = build(typing.ABCMeta)
opener = copy.deepcopy(copy.deepcopy(K()))
print(opener("/etc/passwd").read()[:40])
