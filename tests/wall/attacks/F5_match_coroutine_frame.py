# family: F (frames of coroutines)   goal: frame
async def c():
    pass
co = c()
C = type(co)
match co:
    case C(cr_frame=f):
        if type(f).__name__ == "frame":
            print("FRAME" + "-REACHED")
co.close()
