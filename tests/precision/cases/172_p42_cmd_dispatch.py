# getattr dispatch on "do_" + cmd, reading commands from stdin
import sys

class Shell:
    def __init__(self):
        self.stack = []
    def do_push(self, *args):
        self.stack.extend(int(a) for a in args)
    def do_pop(self):
        return self.stack.pop() if self.stack else "empty"
    def do_sum(self):
        return sum(self.stack)
    def do_show(self):
        return list(self.stack)
    def do_help(self):
        return sorted(n[3:] for n in dir(self) if n.startswith("do_"))
    def default(self, cmd):
        return f"unknown command: {cmd}"
    def run_line(self, line):
        parts = line.split()
        if not parts:
            return None
        cmd, *args = parts
        handler = getattr(self, "do_" + cmd, None)
        if handler is None:
            return self.default(cmd)
        try:
            return handler(*args)
        except (TypeError, ValueError) as e:
            return f"error: {type(e).__name__}"

sh = Shell()
for line in sys.stdin:
    line = line.strip()
    if line == "quit":
        break
    result = sh.run_line(line)
    if result is not None:
        print(f"{line} => {result}")
print("final", sh.stack, hasattr(sh, "do_sum"), callable(getattr(sh, "do_pop")))
