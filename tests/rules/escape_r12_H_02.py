# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (BOOLEAN_STATES gains pwned)
# why: twelfth red team, family H' (own member): a repeated section is looked up through the program's __getitem__ and written

# Mechanism: ConfigParser(dict_type=Tables, strict=False) keeps its sections in a Tables; a section named twice is looked up with self._sections[name], and Tables.__getitem__ returns configparser.RawConfigParser.BOOLEAN_STATES: _read() then stores the options into it (cursect[optname] = [optval])
# Goal reached: standard-library data written: RawConfigParser.BOOLEAN_STATES gains 'pwned'
import configparser

class Tables(dict):
    def __getitem__(self, key):
        return configparser.RawConfigParser.BOOLEAN_STATES

p = configparser.ConfigParser(dict_type=Tables, interpolation=None, strict=False)
p.read_string("[s]\na = 1\n[s]\npwned = 1\n")
print("pwned" in configparser.RawConfigParser.BOOLEAN_STATES)
