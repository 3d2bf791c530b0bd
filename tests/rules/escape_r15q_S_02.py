# expect: reject store
# line: 13
# verified: reaches its goal under plain python3 (3.11) in a temp dir: prints True (keyword.kwlist extended by configparser's own code)
# why: round 15 lets a classmethod whose cls is only called (return cls(...)) leave its class family out of 'handed to the library' (honest15 p08's Matrix.identity with a __getitem__): cls inside a lambda of the classmethod (no call of cls: the family counts as handed on)
import configparser, keyword

class Section(dict):
    def __getitem__(self, key):
        return keyword.kwlist

    @classmethod
    def parser(cls):
        return configparser.ConfigParser(dict_type=(lambda: cls)(), interpolation=None)

p = Section.parser()
p.read_string("[s]\nopt = first\n  pwned_continuation\n")
print("pwned_continuation" in keyword.kwlist)
