# family: D (a frame through a format field)   goal: frame
def g():
    yield 1
gen = g()
s = "{0.gi_frame}".format(gen)
print(s)
if s.startswith("<frame"):
    print("FRAME" + "-REACHED")
