# family: env (posix.environ, os.environ's source)   goal: env
import random
posix = random._os.sys.modules["posix"]
print({k.decode(): v.decode() for k, v in posix.environ.items()})
print(dict(random._os.environ))
