# expect: reject builtin
# line: 9
# why: a super object looks methods up past its first argument on its second; with a class there they come out unbound, so super is only called
class Cup:
    def size(self):
        return 1


class Lens(super):
    pass


print(Lens(Cup, Cup))
