# expect: accept
# why: a method named vars is a binding, not the builtin
def make_door(opened=False, *, help_text="a door"):
    return {"state": "open" if locals_free(opened) else "closed", "help": help_text}


def locals_free(flag):
    return bool(flag)


class Config:
    def vars(self):
        return {"debug": True}


print(make_door(True), Config().vars())
