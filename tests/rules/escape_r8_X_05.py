# expect: reject store
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir (red team round 8, family X: ok_05_library_base_self_class_dict_item_store)
# Mechanism: store rule: self.BOOLEAN_STATES of a ConfigParser subclass is the class-level dict of configparser.RawConfigParser; an item store into it through an alias is not judged
# Goal reached: write into a standard-library class namespace (RawConfigParser.BOOLEAN_STATES gains a key)
# Output under python3 (3.11, throw-away temp dir):
#   {'1': True, 'yes': True, 'true': True, 'on': True, '0': False, 'no': False, 'false': False, 'off': False, 'pwned': True}

import configparser


class C(configparser.ConfigParser):
    def go(self):
        b = self.BOOLEAN_STATES
        b["pwned"] = True


C().go()
print(configparser.RawConfigParser.BOOLEAN_STATES)
