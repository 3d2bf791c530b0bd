# expect: reject store
# line: 15
# why: a method fetched by a string is bound only from a receiver proved an instance, and only when it is a plain method (a class's getattr, a staticmethod: the plain function)
import sys


class VM:
    def __init__(self):
        self.stack = []

    def run(self, op, arg):
        getattr(self, "op_" + op)(arg)

    def op_push(self, a):
        self.stack.append(a)


vm = VM()
vm.run("push", 1)
getattr(VM, "op_" + "push")(sys.argv, "logging.os.environ")
print(sys.argv)
