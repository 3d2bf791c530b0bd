# expect: reject store
# line: 18
# verified: reaches its goal under plain python3 (3.11) in a temp dir (RawConfigParser.BOOLEAN_STATES extended)
# why: tenth red team (10b), family A: heapq.heappop's result is an item of its argument

# Mechanism: store rule level 0 (item stores / mutating calls): a library function that hands back an element or its argument but is not among the enumerated accessors is taken as a new value (variant of the README's documented-open nullcontext case): heapq.heappop's return
# Goal reached: write into a standard-library class namespace's container: configparser.RawConfigParser.BOOLEAN_STATES extended, every ConfigParser's getboolean accepts 'pwned'
# Output under python3 (Python 3.11.7), run in a fresh temp dir:
#   {'1': True, 'yes': True, 'true': True, 'on': True, '0': False, 'no': False, 'false': False, 'off': False, 'pwned': True}
#   getboolean('pwned') -> True

# heapq.heappop is judged as a function that changes its first argument (a list display
# here, the program's own), but what it returns (an item) is taken as a new value.
import configparser
import heapq

states = heapq.heappop([configparser.RawConfigParser.BOOLEAN_STATES])
states["pwned"] = True
p = configparser.ConfigParser()
p.read_string("[s]\nflag = pwned\n")
print(configparser.RawConfigParser.BOOLEAN_STATES)
print("getboolean('pwned') ->", p.getboolean("s", "flag"))
