import shlex


class Shell:
    prompt = "> "

    def __init__(self):
        self.vars = {}
        self.out = []

    def do_set(self, name, value):
        self.vars[name] = value
        return f"{name}={value}"

    def do_get(self, name):
        return self.vars.get(name, "<unset>")

    def do_list(self):
        return ", ".join(f"{k}={v}" for k, v in sorted(self.vars.items())) or "(empty)"

    def do_del(self, name):
        return "deleted" if self.vars.pop(name, None) is not None else "no such var"

    def do_help(self):
        cmds = sorted(n[3:] for n in dir(self) if n.startswith("do_"))
        return "commands: " + " ".join(cmds)

    def default(self, cmd):
        return f"unknown command: {cmd}"

    def onecmd(self, line):
        parts = shlex.split(line)
        if not parts:
            return ""
        cmd, args = parts[0], parts[1:]
        handler = getattr(self, "do_" + cmd, None)
        if handler is None:
            return self.default(cmd)
        try:
            return handler(*args)
        except TypeError:
            return f"bad arguments for {cmd}"


sh = Shell()
script = ["help", "set color blue", 'set greeting "hello world"', "get greeting", "list",
          "del color", "del color", "get", "frobnicate 1", "list"]
for line in script:
    print(f"{sh.prompt}{line}")
    print(sh.onecmd(line))
