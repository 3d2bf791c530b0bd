# expect: reject class
# why: deliberately refused now: a metaclass decides what isinstance() answers (class patterns) and how class attributes are found
# line: 18
class Registry(type):
    classes = []

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace)
        mcls.classes.append(name)
        return cls

    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        obj.created_by = "Registry"
        return obj


class Base(metaclass=Registry):
    pass


class Child(Base):
    def __init__(self, x):
        self.x = x


c = Child(5)
print(Registry.classes, c.x, c.created_by, type(Child).__name__)
