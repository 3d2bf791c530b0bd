# expect: accept
# why: an instance's own table filled with names written out (keywords, a dict
# literal, setdefault), and setattr with computed names on self of a closed class
# (through self.__dict__: the runtime wall's vars() hands out a copy)
class Settings:
    def __init__(self, **overrides):
        self.__dict__.update(width=80, height=24)
        self.__dict__.update({"title": "untitled"})
        self.__dict__.setdefault("theme", "light")
        for key, value in overrides.items():
            setattr(self, key, value)

    def __repr__(self):
        return f"Settings({sorted(vars(self).items())})"


print(Settings(theme="dark", width=100))
