# expect: accept
# why: family D look-alike: a mixin whose getattr names start with a literal letter
#   prefix (f"on_{event}") is combined with a @dataclass (class Button(Handlers,
#   Widget)); such a name can never be a dunder, so the shared instance is fine.
import dataclasses


class Handlers:
    def fire(self, event):
        fn = getattr(self, f"on_{event}", None)
        return fn() if fn else None


@dataclasses.dataclass
class Widget:
    label: str = "w"
    clicks: int = 0


class Button(Handlers, Widget):
    def on_click(self):
        self.clicks += 1
        return self.label + " clicked " + str(self.clicks)


b = Button("ok")
print(b.fire("click"), b.fire("click"), b.fire("hover"))
