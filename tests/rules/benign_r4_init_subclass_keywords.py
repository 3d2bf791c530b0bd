# expect: accept
# Class keywords handed to __init_subclass__ with plain values: a plugin registry.
import json

registry = {}


class Plugin:
    def __init_subclass__(cls, name="", tags=(), **kw):
        super().__init_subclass__(**kw)
        cls.name = name
        cls.tags = list(tags)
        registry[name] = cls


class Upper(Plugin, name="upper", tags=("text",)):
    def run(self, s):
        return s.upper()


class Dump(Plugin, name="dump"):
    def run(self, s):
        return json.dumps({"text": s})


for key in sorted(registry):
    print(key, registry[key].tags, registry[key]().run("hi"))
