# expect: reject store
# why: a program that may reach a Thread the library shares (threading.main_thread, current_thread,
#   enumerate: here spelled through an aliased from-import) keeps Thread.run/setName judged
# line: 7
from threading import enumerate as ths
for t in ths():
    t.setName("x")
