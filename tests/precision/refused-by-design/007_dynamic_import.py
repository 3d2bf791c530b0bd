# Load a module chosen at run time with __import__ and importlib.
import importlib

for name in ["math", "json", "random"]:
    module = importlib.import_module(name)
    print(name, module.__name__)
m = __import__("statistics")
print(m.mean([1, 2, 3, 4]))
print(hasattr(importlib.import_module("string"), "ascii_letters"))
print("done")
