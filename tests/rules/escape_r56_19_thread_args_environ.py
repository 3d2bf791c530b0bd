# expect: reject store
# line: 6
# why: round 56: Thread(target=store, args=(holder,)), as 01
import sys, threading, unittest, logging
def store(x):
    x.append(sys.argv)
holder = []
t = threading.Thread(target=store, args=(holder,))
t.start()
t.join()
holder[0][1:] = ["logging.os.environ.copy"]
unittest.main()
