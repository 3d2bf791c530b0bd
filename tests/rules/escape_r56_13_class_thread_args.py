# expect: reject store
# line: 9
# why: round 56: Thread(target=K, args=(holder,)): class_call callback path, same bug
import sys
holder = []
import threading
class K:
    def __init__(self, x):
        x.append(sys.argv)
t = threading.Thread(target=K, args=(holder,))
t.start()
t.join()
holder[0].append('pwn')
print(sys.argv)
