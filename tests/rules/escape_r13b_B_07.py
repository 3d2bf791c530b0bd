# expect: reject store
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: thirteenth red team (second round), family B: a mutating method read by name (getattr with a literal or a prefix, a keyword class pattern) writes into a container the standard library holds: judged as the method written out

# Mechanism: family B, through the builtin class: getattr(dict, 'update')(LIBDICT, ...) and getattr(list, 'append')(LIBLIST, x). README section 4 says the mutating methods 'called through the class (list.append(R, x): the first argument)' are stores; the literal getattr read of the same method is judged only for private/unbound (dict and list are no library classes, so unbound does not fire) and the call's first argument is never judged as the receiver
# Goal reached: write into a standard-library class's data and a module list: RawConfigParser.BOOLEAN_STATES gains 'pwned' (every later parser accepts it), keyword.kwlist extended
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted)
# Output seen under python3 (3.11.7), run in a fresh temp dir:
#   getboolean('pwned') = True | kwlist[-1] = EVIL
import configparser
import keyword

B = configparser.RawConfigParser.BOOLEAN_STATES
getattr(dict, "update")(B, pwned=True)           # dict.update(B, ...) written out is refused by store
getattr(list, "append")(keyword.kwlist, "EVIL")  # list.append(keyword.kwlist, ...) likewise
p = configparser.ConfigParser()
p.read_string("[s]\nflag = pwned\n")
print("getboolean('pwned') =", p.getboolean("s", "flag"), "| kwlist[-1] =", keyword.kwlist[-1])
