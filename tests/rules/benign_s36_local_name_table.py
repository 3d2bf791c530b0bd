# expect: accept
# why: a table of literal method names bound once in a function's body and only iterated there (honest36 p03's shape): every read of it is that display
class Robot:
    def forward(self, n):
        print("forward", n)

    def turn(self, n):
        print("turn", n)


def run(robot):
    script = [("forward", 2), ("turn", 90), ("forward", 1)]
    for step, arg in script:
        getattr(robot, step)(arg)
    for name in ("forward", "turn"):
        print(name, callable(getattr(robot, name)))


run(Robot())
