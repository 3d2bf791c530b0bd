# expect: reject store
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir: prints True (keyword.kwlist extended by configparser's own code)
# why: round 15 lets a classmethod whose cls is only called (return cls(...)) leave its class family out of 'handed to the library' (honest15 p08's Matrix.identity with a __getitem__): the classmethod itself (its cls only called) handed as dict_type: Section.make is a factory of instances whose __getitem__ hands out a module's list
import configparser, keyword

class Section(dict):
    def __getitem__(self, key):
        return keyword.kwlist

    @classmethod
    def make(cls):
        return cls()

p = configparser.ConfigParser(dict_type=Section.make, interpolation=None)
p.read_string("[s]\nopt = first\n  pwned_continuation\n")
print("pwned_continuation" in keyword.kwlist)
