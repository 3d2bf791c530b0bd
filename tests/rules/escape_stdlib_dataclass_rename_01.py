# expect: reject module_attribute
# why: astuple/asdict/replace do getattr(obj, field.name) and Field.name is writable: object.__getattribute__ (tested)
# line: 6
import dataclasses

@dataclasses.dataclass(init=False, repr=False, eq=False)
class Meta(type):
    """A metaclass that is also a dataclass."""
    x: int = 0

class Target(metaclass=Meta):
    pass

dataclasses.fields(Meta)[0].name = '__getattribute__'
reach = dataclasses.astuple(Target)[0]

def victim():
    pass

reach(victim, '__globals__')['__builtins__'].exec("print('escaped')")
