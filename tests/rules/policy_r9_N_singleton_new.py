# expect: reject dunder
# line: 15
# why: the cost of the __new__ hook rule (ninth red team, family N): a singleton's
#   __new__ returns an object kept in a class attribute, which the program could
#   set to anything (keyword.kwlist); copy.deepcopy rebuilds an instance with
#   __new__ and writes the copied state into what it returns
#   (escape_r9_N_07). Keep the one instance in a factory function instead:
#   `def registry(): ...` returning a module-level instance made once
class Registry:
    instance = None

    def __init__(self):
        self.names = []

    def __new__(cls):
        if Registry.instance is None:
            Registry.instance = super().__new__(cls)
        return Registry.instance


a = Registry()
b = Registry()
print(a is b)
