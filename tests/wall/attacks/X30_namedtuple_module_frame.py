# family: wall (code run from a trusted generator asks for frames)   goal: frame
import random
dataclasses = random._os.sys.modules.get("dataclasses") or random.__builtins__["__import__"]("dataclasses")
fn = dataclasses._create_fn("f", [], ["import sys", "return sys._getframe(1)"], globals={})
f = fn()
if type(f).__name__ == "frame":
    print("FRAME" + "-REACHED")
