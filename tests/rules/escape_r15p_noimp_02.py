# expect: reject store
# line: 20
# verified: reaches its goal under plain python3 3.11 in a temp dir (json.dumps([1, 2]) prints [1;2]: JSONEncoder's class attribute rewritten)
# why: the import is hidden in a function written after the class and the store;
#   the record pass binds every import statement wherever it stands, so the program
#   is one that imports a module and __eq__'s parameter may be anything: the
#   library class it kept is written through the list.
class Probe:
    def __init__(self):
        self.kept = []
    def __eq__(self, other):
        self.kept.append(other)
        return False
    __hash__ = object.__hash__
p = Probe()
def fetch():
    import json
    return json.JSONEncoder
print(p == fetch())
p.kept[0].item_separator = ";"
def show():
    import json
    print(json.dumps([1, 2]))
show()
