# expect: reject module_attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: source injection into dataclasses' generated code (exec in
#   dataclasses._create_fn). Field.name is a public, writable attribute of a
#   Field the program created with dataclasses.field(); the checker lets the
#   program store any string into it (foreign public-attribute store). The
#   window between _get_field() setting the name and _repr_fn() compiling
#   f"{f.name}={{self.{f.name}!r}}" is opened by an implicit protocol call:
#   _process_class does getattr(cls, f.name) a second time, which runs the
#   program's own descriptor __get__ (defining __get__ is allowed). init=False,
#   eq=False (constant keywords, allowed for decorator-only) skip the other
#   generated functions so only the repr text must compile.
# Goal reached: exec of arbitrary source by the standard library -> open()
#   and read /etc/passwd.
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   root:x:0:0:root:/root:/bin/bash
#   daemon:x:1:1:daemon:/usr/sbi
#   Point(x orNone=Field(name="x or{print(open('/etc/passwd').read()[:60])}",type=<class 'int'>,...))
import dataclasses

FLD = dataclasses.field(default=0)


class Desc:
    def __init__(self):
        self.calls = 0

    def __get__(self, obj, owner):
        self.calls += 1
        if self.calls == 2:
            FLD.name = "x or{print(open('/etc/passwd').read()[:60])}"
        return FLD


@dataclasses.dataclass(init=False, eq=False)
class Point:
    x: int = Desc()


print(repr(Point()))
