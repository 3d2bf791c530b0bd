# label: object.__getattr__ ("__code__")
# An attribute name in the label: quoted.
def f():
    pass


print(f.__code__)
