# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (red team round 8, family X: ok_06_getLogger_result_manager_registry_and_root_store)
# Mechanism: store rule: logging.getLogger() returns the process-wide root logger (a call result taken as new); .manager is logging's Manager; item store into loggerDict and an attribute store replacing the root logger's handle are not judged
# Goal reached: write into logging's logger registry (Logger.manager.loggerDict) and replacement of the root logger's handle method
# Output under python3 (3.11, throw-away temp dir):
#   <LogRecord: root, 30, (the program path), 5, "hello">
#   PWNED

import logging

logging.getLogger().manager.loggerDict["planted"] = "PWNED"
logging.getLogger().handle = print
logging.warning("hello")
print(logging.Logger.manager.loggerDict["planted"])
