# expect: reject store
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir (red team round 8, family X: ok_07_logger_subclass_self_manager_registry_store)
# Mechanism: store rule: self.manager in a logging.Logger subclass is logging's shared Manager
# Goal reached: write into logging's logger registry
# Output under python3 (3.11, throw-away temp dir):
#   PWNED

import logging


class K(logging.Logger):
    def go(self):
        m = self.manager
        m.loggerDict["planted"] = "PWNED"
        m.disable = 40


K("k").go()
print(logging.Logger.manager.loggerDict["planted"])
