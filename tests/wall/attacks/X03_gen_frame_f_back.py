# family: classic (a generator's frame, then its caller's globals)   goal: frame
def g():
    yield
gen = g()
f = gen.gi_frame
if type(f).__name__ == "frame":
    print("FRAME" + "-REACHED")
