# expect: accept
# why: fnmatch's four public functions match shell patterns over strings the program gives: no module, frame or code object is handed back, and no name is looked up by the pattern
import fnmatch
from fnmatch import fnmatchcase

names = ["app.log", "app.py", "README.md", "test_app.py", "data.CSV"]
print(fnmatch.filter(names, "*.py"))
print([n for n in names if fnmatch.fnmatch(n, "*.csv")])
print(fnmatchcase("data.CSV", "*.csv"), fnmatchcase("data.CSV", "*.CSV"))
print(fnmatch.translate("test_*.py"))
routes = {"user.*": "users", "order.created": "orders"}
for topic in ("user.login", "order.created", "misc"):
    print(topic, [h for p, h in routes.items() if fnmatch.fnmatch(topic, p)])
