# expect: reject builtin
# why: the '+' prefix on self of a class that shares instances with a @dataclass:
#   E's __radd__ answers "__dataclass_fields__", whose Field names @dataclass pastes
#   into the source it compiles for a subclass
# line: 16
import dataclasses


class E:
    def __radd__(self, other):
        return "x__dataclass_fields__"[1:]


class Handlers:
    def fire(self, event):
        return getattr(self, "on_" + event, None)


@dataclasses.dataclass
class Button(Handlers):
    label: str = "ok"


print(Button().fire(E()))
