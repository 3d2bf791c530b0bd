# expect: reject builtin
# why: methods that set computed names through self, reached through super() and
#   the older super(C, self): both bound to the method's own self.
#   Refused since computed names on self must come from a judged source: this
#   name (a '+' chain, a kwargs key, a value from data) may hold any text.
# line: 11


class Base:
    def put(self, key, value):
        setattr(self, key, value)
        self._count = getattr(self, "_count", 0) + 1


class Child(Base):
    def put(self, key, value):
        super().put(key, value.upper())

    def put_raw(self, key, value):
        super(Child, self).put(key, value)


c = Child()
c.put("name", "ada")
c.put_raw("city", "paris")
print(vars(c))
