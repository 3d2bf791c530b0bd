# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist extended)
# why: twelfth red team, family H' (own member): the hook in a base, the subclass given as dict_type

# Mechanism: as escape_r12_H_01, with the hook in a base class and the subclass given as dict_type (the class handed to the library is another name of the family)
# Goal reached: standard-library data written: keyword.kwlist extended by configparser's own code
import configparser, keyword

class Base(dict):
    def __getitem__(self, key):
        return keyword.kwlist

class Section(Base):
    pass

p = configparser.ConfigParser(dict_type=Section, interpolation=None)
p.read_string("[s]\nopt = first\n  pwned_continuation\n")
print("pwned_continuation" in keyword.kwlist)
