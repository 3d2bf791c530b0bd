# expect: reject store
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir (True printed: BOOLEAN_STATES accepts pwned)
# why: twelfth red team, family G, our own: '|=' on a class attribute of the program's class
import configparser

class Holder:
    states = configparser.RawConfigParser.BOOLEAN_STATES

Holder.states |= {"pwned": True}        # dict.__ior__ through a class attribute of the program's class

p = configparser.RawConfigParser()
p.read_string("[s]\nflag = pwned\n")
print(p.getboolean("s", "flag"))
