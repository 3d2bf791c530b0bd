# expect: reject method
# why: configparser facade: a subclass reading through super()
# line: 9
from configparser import ConfigParser


class Settings(ConfigParser):
    def load(self, where):
        return super().read(where)


Settings().load("/etc/passwd")
