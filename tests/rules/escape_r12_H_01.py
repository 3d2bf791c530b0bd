# expect: reject store
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist extended)
# why: twelfth red team, family H': ConfigParser(dict_type=Section) appends continuation lines to what Section.__getitem__ returns

# Mechanism: a program mapping hook's return written by library code (family H of 11a, beyond __copy__/__deepcopy__): ConfigParser(dict_type=Section) makes its option tables from the program's dict subclass; _read() appends continuation lines with cursect[optname].append(value), and Section.__getitem__ returns keyword.kwlist. SF_GIVE judges only __copy__/__deepcopy__ returns and library-held attribute names, not __getitem__ (or other hooks) whose result the library mutates
# Goal reached: standard-library data written: keyword.kwlist extended by configparser's own code
# Output seen under python3 (3.11), run in a fresh temp dir:
#   (the red team's capture named its temp file; re-run here it printed: True [yield, pwned_continuation])
import configparser, keyword

class Section(dict):
    def __getitem__(self, key):
        return keyword.kwlist

p = configparser.ConfigParser(dict_type=Section, interpolation=None)
p.read_string("[s]\nopt = first\n  pwned_continuation\n")
print("pwned_continuation" in keyword.kwlist, keyword.kwlist[-2:])
