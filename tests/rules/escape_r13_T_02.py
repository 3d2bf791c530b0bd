# expect: reject module_attribute
# line: 6
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the frame of the raising function and its globals by value)
# why: the traceback facade: walk_tb over a real traceback yields its frames

from traceback import walk_tb

try:
    1 / 0
except ZeroDivisionError as e:
    for frame, _ in walk_tb(e.__traceback__):
        print(sorted(frame.f_globals)[:3])
