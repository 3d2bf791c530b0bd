# A plugin registry using __init_subclass__ and a class decorator.

registry = {}


def tagged(*tags):
    def decorate(cls):
        cls.tags = tags
        return cls
    return decorate


class Plugin:
    name = None
    tags = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        key = cls.name or cls.__name__.lower()
        if key in registry:
            raise ValueError(f"duplicate plugin {key}")
        registry[key] = cls

    def run(self, text):
        raise NotImplementedError


@tagged("text")
class Upper(Plugin):
    def run(self, text):
        return text.upper()


@tagged("text", "fun")
class Reverse(Plugin):
    name = "rev"

    def run(self, text):
        return text[::-1]


class Count(Plugin):
    def run(self, text):
        return f"{len(text.split())} words"


class LoudReverse(Reverse, Upper):
    name = "loudrev"

    def run(self, text):
        return Upper.run(self, Reverse.run(self, text))


print(sorted(registry))
for key in sorted(registry):
    cls = registry[key]
    print(f"{key:<8} tags={cls.tags} bases={[b.__name__ for b in cls.__bases__]} -> {cls().run('hello plugin world')}")
print([c.__name__ for c in LoudReverse.__mro__])
try:
    class Upper2(Plugin):
        name = "upper"
except ValueError as e:
    print("error:", e)
pipeline = ["upper", "rev", "count"]
text = "chain these plugins together"
for step in pipeline[:2]:
    text = registry[step]().run(text)
print(text)
