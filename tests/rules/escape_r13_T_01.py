# expect: reject module_attribute
# line: 11
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a frame's globals by value: the builtins module printed)
# why: the traceback facade offers the text of the exception being handled only: walk_stack hands out the frames of the running program

import traceback


def peek():
    # walk_stack(None) starts four frames up (3.11.2): a frame by value
    for frame, _ in traceback.walk_stack(None):
        print(frame.f_globals["__builtins__"])
        break


def a():
    return b()


def b():
    return c()


def c():
    return peek()


a()
