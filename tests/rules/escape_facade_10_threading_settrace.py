# expect: reject module_attribute
# why: threading facade: a trace function receives frames
# line: 9
import threading
def tracer(frame, event, arg):
    frame.f_globals["__builtins__"]
    return None
seen = []
threading.settrace(lambda f, e, a: seen.append(f))
t = threading.Thread(target=print, args=("x",))
t.start(); t.join()
print(seen[0].f_builtins["exec"]("import os; os.system('id')"))
