# expect: reject import
# why: threads outlive checks
# line: 4
import threading
print(threading)
