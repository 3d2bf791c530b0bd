# expect: accept
# why: "do_" + cmd (and a "+" chain after it) in a program that names no __radd__,
#   UserString or UserList is str.__add__'s exact str starting with "do_": judged as
#   the prefix of f"do_{cmd}" is
class Shell:
    def do_greet(self, arg):
        return "hello " + arg

    def do_sum(self, arg):
        return str(sum(int(x) for x in arg.split()))

    def help_greet(self):
        return "greet NAME"

    def run(self, line):
        cmd, _, arg = line.partition(" ")
        handler = getattr(self, "do_" + cmd, None)
        if handler is None:
            return "unknown: " + cmd
        return handler(arg)

    def help(self, topic):
        h = getattr(self, "help_" + topic + "", None)
        return h() if h else "no help"


sh = Shell()
for line in ("greet world", "sum 1 2 3", "nope"):
    print(sh.run(line))
print(sh.help("greet"))
