# List the current directory and environment with os.
import os

entries = sorted(os.listdir("."))
print(len(entries) >= 0)
home = os.environ.get("HOME", "")
print("home set:", bool(home))
print("cwd is absolute:", os.path.isabs(os.getcwd()))
for name in entries[:3]:
    print(name, os.path.isdir(name))
print(os.sep, os.name)
