# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist extended; BOOLEAN_STATES accepts pwned: True printed)
# why: twelfth red team, family G (ok_03): '+=' on an item and '|=' on an attribute of the program's own objects holding library containers
# Mechanism: augmented assignment (+=, |=) whose target is an item or attribute of the program's own container/object that holds a standard-library list/dict: the store rule judges the target (the program's list / Box instance, new) and never that list.__iadd__ / dict.__ior__ change the held library value in place. (A plain name target 'x += ...' is refused: store)
# Goal reached: writes into standard-library data: keyword.kwlist extended, configparser.RawConfigParser.BOOLEAN_STATES gains 'pwned' (every later ConfigParser accepts it)
# Output seen under python3 (3.11), run in a fresh temp dir:
#   False True / True  (iskeyword reads a frozenset; 'pwned_keyword' in kwlist and getboolean('pwned') hold)
import keyword, configparser

holder = [keyword.kwlist]
holder[0] += ["pwned_keyword"]          # list.__iadd__ on the library's own list

class Box:
    pass

box = Box()
box.states = configparser.RawConfigParser.BOOLEAN_STATES
box.states |= {"pwned": True}           # dict.__ior__ on a standard-library class's dict

print(keyword.iskeyword("pwned_keyword"), "pwned_keyword" in keyword.kwlist)
p = configparser.RawConfigParser()
p.read_string("[s]\nflag = pwned\n")
print(p.getboolean("s", "flag"))
