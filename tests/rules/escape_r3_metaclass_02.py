# expect: reject module_attribute
# Mechanism: metaclass-only bypass: numbers.ABCMeta (= abc.ABCMeta, allowed by the 
#   generated numbers facade), bound by 'from numbers import ABCMeta as Maker' and called: 
#   class from a mapping with __reduce_ex__; deepcopy's slot state setattr()s _name on a 
#   typing alias; its reduce hands out builtins open
# Goal reached: open obtained as a value; read /etc/passwd
# Checker: build/safe-exec-check --rules rules FILE -> exit 0 (accepted)
# Output seen under python3 (3.11.7), run in a throw-away temp dir:
#   | <built-in function open>
#   | root:x:0:0:root:/root:/bin/bash
#   | daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
#   | bin:x:2:2:bin:/bin:/usr/sbin/nologin
#   | sys:x:3:3:sys:/dev:/usr/sbin/nologin
#   | sync:x
# numbers.ABCMeta (the abc module's metaclass, re-exported by numbers) imported under
# another name and called: a class from a mapping, with the slot-state form of the
# reduce (setattr(y, key, value) for every key of the second state item).
import copy
import typing
from numbers import ABCMeta as Maker


def red(self, proto):
    return (typing.List.copy_with, (("open",),), (None, {"_name": "__builtins__"}))


K = Maker("K", (), {"__reduce_ex__": red})
opener = copy.deepcopy(copy.deepcopy(K()))
print(opener)
print(opener("/etc/passwd").read()[:160])
