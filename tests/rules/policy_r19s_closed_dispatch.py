# expect: reject builtin
# why: a computed getattr on self of a closed class whose subclasses have data and
#   exception bases only (list, ValueError): no str, property or AttributeError among
#   them, so self never formats text the checker did not read
#   Refused since computed names on self must come from a judged source: this
#   name (a '+' chain, a kwargs key, a value from data) may hold any text.
# line: 10
class Settings:
    def get(self, key, default=None):
        return getattr(self, key, default)


class Defaults(Settings):
    width = 80
    height = 24


class Stack(list, Settings):
    top = None


class Problem(ValueError, Settings):
    code = 2


print(Defaults().get("width"), Stack([1]).get("top"), Problem("x").get("code"))
