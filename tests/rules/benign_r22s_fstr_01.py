# expect: accept
# why: an f-string with a literal part or two fields is joined by BUILD_STRING into a new str:
#   the '+' runs str's own concatenation and the literal prefix "do_" holds
class Shell:
    def do_greet2(self):
        return "hello twice"
    def do_greetx(self):
        return "hello x"
def run(shell, cmd, n):
    a = getattr(shell, "do_" + f"{cmd}{n}")
    b = getattr(shell, "do_" + f"{cmd}x")
    return a(), b()
print(run(Shell(), "greet", 2))
