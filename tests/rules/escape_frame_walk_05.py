# expect: reject attribute
# why: traceback objects lead to frames
# line: 5
def walk(tb):
    while tb.tb_next:
        tb = tb.tb_next
    return tb.tb_frame.f_globals
