# expect: reject store
# line: 16
# why: a method fetched by a string is bound only from a receiver proved an instance, and only when it is a plain method (a class's getattr, a staticmethod: the plain function)
import sys


class VM:
    def __init__(self):
        self.stack = []

    def run(self, op, arg):
        getattr(self, "op_" + op)(arg)

    @staticmethod
    def op_push(a):
        a.append("logging.os.environ")


vm = VM()
vm.run("push", sys.argv)
print(sys.argv)
