# expect: reject dunder
# why: classic catch_warnings._module route to the warnings module
# line: 4
for cls in [].__class__.__bases__[0].__subclasses__():
    if cls.__name__ == 'catch_warnings':
        print(cls()._module)
