# family: F (frames of tracebacks)   goal: frame
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
T = type(tb)
match tb:
    case T(tb_frame=f):
        if type(f).__name__ == "frame":
            print("FRAME" + "-REACHED", list(f.f_globals)[:3])
