# family: F (frames of generators)   goal: frame
def g():
    yield 1
gen = g()
G = type(gen)
match gen:
    case G(gi_frame=f):
        if type(f).__name__ == "frame":
            print("FRAME" + "-REACHED")
