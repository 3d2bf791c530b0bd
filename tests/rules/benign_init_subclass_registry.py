# expect: accept
# why: __init_subclass__ with a class keyword
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[key or cls.__name__.lower()] = cls


class Csv(Plugin, key="csv"):
    def run(self):
        return "csv!"


class Xml(Plugin):
    def run(self):
        return "xml!"


print(sorted(Plugin.registry), Plugin.registry["csv"]().run(), Plugin.registry["xml"]().run())
