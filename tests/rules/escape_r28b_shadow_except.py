# expect: reject module_value
# line: 14
# why: round 28b family (a module's name bound otherwise): an except target named like the module is refused, so typing.Any is the library's wherever it is read
import typing


class Boom(Exception):
    Any = 1


def run():
    try:
        raise Boom()
    except Boom as typing:
        return typing.Any


print(run())
