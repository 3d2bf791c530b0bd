# expect: accept
# why: a plugin registry through __init_subclass__ and class keywords; the plugins set their options with setattr(self, k, v) and list them with vars(self)
REGISTRY = {}


class Transform:
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.name = name or cls.__name__.lower()
        REGISTRY[cls.name] = cls

    def __init__(self, **options):
        for k, v in options.items():
            setattr(self, k, v)

    def __repr__(self):
        opts = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"<{type(self).__name__} {opts}>"


class Wrap(Transform, name="wrap"):
    width = 20


class Upper(Transform):
    pass


print(sorted(REGISTRY), REGISTRY["wrap"](width=12), Upper())
