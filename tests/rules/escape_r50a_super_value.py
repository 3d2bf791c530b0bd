# expect: reject builtin
# line: 9
# why: super as a value: its call is judged nowhere
class Cup:
    def size(self):
        return 1


proxy = super
print(proxy(Cup, Cup))
