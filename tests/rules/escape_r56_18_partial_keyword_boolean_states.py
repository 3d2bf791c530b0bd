# expect: reject store
# line: 6
# why: round 56: partial(store, x=holder)() keyword bug, as 03
import configparser, functools
def store(x):
    x.append(configparser.RawConfigParser.BOOLEAN_STATES)
holder = []
functools.partial(store, x=holder)()
holder[0]["pwned"] = True
print(configparser.RawConfigParser.BOOLEAN_STATES)
