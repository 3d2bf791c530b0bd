class Shell:
    def __init__(self):
        self.stack = []
        self.log = []

    def do_push(self, *args):
        self.stack.extend(int(a) for a in args)

    def do_pop(self):
        return self.stack.pop() if self.stack else None

    def do_add(self):
        b, a = self.stack.pop(), self.stack.pop()
        self.stack.append(a + b)

    def do_show(self):
        return list(self.stack)

    def do_help(self):
        return sorted(name[3:] for name in dir(self) if name.startswith("do_"))

    def default(self, cmd):
        return f"unknown command: {cmd}"

    def onecmd(self, line):
        cmd, *args = line.split()
        handler = getattr(self, "do_" + cmd, None)
        if handler is None:
            return self.default(cmd)
        try:
            return handler(*args)
        except (TypeError, IndexError) as e:
            return f"error in {cmd}: {type(e).__name__}"

sh = Shell()
script = ["push 1 2 3", "add", "show", "pop", "show", "frobnicate", "add", "add", "help", "pop 5"]
for line in script:
    result = sh.onecmd(line)
    print(f"> {line:<12} {'' if result is None else result}")
print(hasattr(sh, "do_add"), callable(getattr(sh, "do_show")))
