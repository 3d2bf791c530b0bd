# expect: reject memory
# line: 8
# why: a mixin's method comes before str's in the MRO of `class S(Mixin, str)`, so the mixin's replace answers TextIOWrapper.write's call by name
import io


class Mixin:
    def replace(self, old, new):
        return [old, new]


class S(Mixin, str):
    pass


out = io.TextIOWrapper(io.BytesIO(), newline="\r\n")
out.write(S("a\nb"))
