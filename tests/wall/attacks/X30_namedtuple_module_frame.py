# family: wall (code run from a trusted generator asks for frames)   goal: frame
import random
import dataclasses  # named, so that it is loaded before the run and the guard is what stops it
fn = dataclasses._create_fn("f", [], ["import sys", "return sys._getframe(1)"], globals={})
f = fn()
if type(f).__name__ == "frame":
    print("FRAME" + "-REACHED")
