# expect: reject store
# line: 7
# why: round 56: submit(store, x=holder) keyword bug, as 02
import sys, unittest, logging
import concurrent.futures
def store(x):
    x.append(sys.argv)
holder = []
with concurrent.futures.ThreadPoolExecutor() as ex:
    ex.submit(store, x=holder).result()
holder[0][1:] = ["logging.os.environ.copy"]
unittest.main()
