# expect: accept
# why: getattr(self, "op_" + op)(arg) in a plain method fetches a bound method:
#   its first parameter is self, not arg, even when arg is a module's list (honest24 p02)
import sys


class VM:
    def __init__(self, program):
        self.program, self.stack, self.out, self.pc = program, [], [], 0

    def run(self):
        while self.pc < len(self.program):
            op, arg = self.program[self.pc]
            self.pc += 1
            getattr(self, "op_" + op)(arg)
        return self.out

    def op_push(self, a):
        self.stack.append(a)

    def op_add(self, a):
        self.stack.append(self.stack.pop() + self.stack.pop())

    def op_print(self, a):
        self.out.append(self.stack.pop())


print(VM([("push", 2), ("push", 3), ("add", None), ("print", None), ("push", sys.argv)]).run())
