# expect: reject attribute
# why: default_exception_handler, the loop's own handler, formats a program-made handle_traceback the same way: refused by name
# line: 7
# goal: read /etc/passwd without open, given a loop reached by any door
# mechanism: default_exception_handler -> traceback.format_list -> linecache.getline
def leak(lp):
    lp.default_exception_handler({"message": "m", "handle_traceback": [("/etc/passwd", 1, "x", None)]})
