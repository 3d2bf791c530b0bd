# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (logging's logger registry written)
# why: family X: a method of a library-made object hands out another: log.getChild(...).manager is logging's Manager.
import logging



log = logging.getLogger("app")
child = log.getChild("x")
m = child.manager
m.loggerDict["planted"] = "PWNED"
print(logging.Logger.manager.loggerDict["planted"])
