# expect: reject memory
# line: 16
# why: enum splits member names at commas as at spaces: "line,strip" makes a member named strip on a str-mixin enum
import enum


class Mixin(str):
    def __call__(self, *args):
        return [args]


class Kind(Mixin, enum.Enum):
    pass


Made = Kind("Made", "line,strip")
