# expect: reject module_value
# why: a program that may reach a Thread the library shares (threading.main_thread, current_thread,
#   enumerate: here spelled as an escaped literal getattr name) keeps Thread.run/setName judged
# line: 6
import threading
t = getattr(threading, "main\x5fthread")()
t.run()
