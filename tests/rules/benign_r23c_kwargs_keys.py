# expect: accept
# why: setattr over the keys of a method's own **kwargs (for k, v in kw.items(), for k in
#   kw, kw.keys()), forwarded unchanged by super().__init__(**kwargs), a key popped: the
#   keys are the keywords the callers wrote, each judged
class Base:
    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)


class Opts(Base):
    def __init__(self, name, **kwargs):
        super().__init__(**kwargs)
        self.name = name
        for k in kwargs:
            setattr(self, k, kwargs[k])

    def update(self, **kw):
        kw.pop("ignored", None)
        for key in kw.keys():
            setattr(self, key, kw[key])


o = Opts("x", a=1, b=2)
o.update(c=3, ignored=0)
print(o.a, o.b, o.c, o.name)
