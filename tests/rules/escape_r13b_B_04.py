# expect: reject store
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: thirteenth red team (second round), family B: a mutating method read by name (getattr with a literal or a prefix, a keyword class pattern) writes into a container the standard library holds: judged as the method written out

# Mechanism: family B, keyword class pattern spelling: match LIBDICT: case dict(update=up): up({...}). A pattern keyword on class dict is allowed by rule unbound (instances of dict are never classes), and the captured bound method is not judged by the store rule as LIBDICT.update would be
# Goal reached: write into a standard-library class's namespace data: configparser.RawConfigParser.BOOLEAN_STATES gets 'pwned', every later parser accepts it
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted)
# Output seen under python3 (3.11.7), run in a fresh temp dir:
#   {'1': True, 'yes': True, 'true': True, 'on': True, '0': False, 'no': False, 'false': False, 'off': False, 'pwned': True}
#   getboolean('pwned') = True
import configparser

match configparser.RawConfigParser.BOOLEAN_STATES:   # a dict held by a standard-library class
    case dict(update=up):                             # keyword class pattern reads .update by name
        up({"pwned": True})

p = configparser.ConfigParser()
p.read_string("[s]\nflag = pwned\n")
print(configparser.RawConfigParser.BOOLEAN_STATES)
print("getboolean('pwned') =", p.getboolean("s", "flag"))
