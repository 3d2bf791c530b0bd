# expect: reject store
# why: a program that may reach a Thread the library shares (threading.main_thread, current_thread,
#   enumerate: here spelled plainly) keeps Thread.run/setName judged
# line: 7
import threading
t = threading.main_thread()
t.run()
