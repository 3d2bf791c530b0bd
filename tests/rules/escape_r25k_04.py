# expect: reject store
# line: 13
# why: the red team's round 25k ok_04 (its header below): a staticmethod reached through an instance takes the library's first value as its first parameter
# ok_01 family, variant: threading.Thread(target=K().g, args=(sys.argv,)) -- an args_only_caller whose args fill parameters from 1 for an instance receiver; the thread calls g(sys.argv). Goal: sys.argv gets 'logging.os.environ', then unittest.main(exit=False) prints os.environ.
import logging
import sys
import unittest


class K:
    @staticmethod
    def g(x):
        x.append("logging.os.environ")
        return True

    def run(self):
        list(filter(self.g, [sys.argv]))


import threading
t = threading.Thread(target=K().g, args=(sys.argv,))
t.start()
t.join()
print(sys.argv)
unittest.main(exit=False)
