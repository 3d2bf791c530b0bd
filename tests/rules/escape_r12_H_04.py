# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist extended)
# why: twelfth red team, family H' (own member): a classmethod hands cls to ConfigParser as dict_type

# Mechanism: as escape_r12_H_01, with the class never named as a value: a classmethod hands its cls to ConfigParser as dict_type
# Goal reached: standard-library data written: keyword.kwlist extended by configparser's own code
import configparser, keyword

class Section(dict):
    def __getitem__(self, key):
        return keyword.kwlist

    @classmethod
    def parser(cls):
        return configparser.ConfigParser(dict_type=cls, interpolation=None)

p = Section.parser()
p.read_string("[s]\nopt = first\n  pwned_continuation\n")
print("pwned_continuation" in keyword.kwlist)
