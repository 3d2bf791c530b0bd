# expect: reject store
# why: a program that may reach a Thread the library shares (threading.main_thread, current_thread,
#   enumerate: here spelled in fullwidth letters, NFKC) keeps Thread.run/setName judged
# line: 7
import threading
for t in threading.ｅnumerate():
    t.run()
