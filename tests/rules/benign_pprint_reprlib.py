# expect: accept
import pprint
import reprlib

tree = {"name": "root", "children": [{"name": "a", "children": []}, {"name": "b", "children": [{"name": "c", "children": []}]}]}
pprint.pprint(tree, width=50, sort_dicts=False)
print(pprint.pformat(list(range(30)), compact=True, width=40))
short = reprlib.Repr()
short.maxlist = 3
print(short.repr(list(range(10))), reprlib.repr("x" * 100))
