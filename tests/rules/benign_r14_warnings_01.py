# expect: accept
# why: a program warns (a message and a category) and filters warnings the way notebook code and libraries do: filterwarnings("ignore", ...), catch_warnings() around simplefilter, "error" turning a warning into an exception, resetwarnings
import warnings


def old_api(x):
    warnings.warn("old_api is deprecated; use new_api", DeprecationWarning)
    return x * 2


class UnitWarning(UserWarning):
    pass


warnings.filterwarnings("ignore", category=ResourceWarning)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(old_api(2))
warnings.simplefilter("always", UnitWarning)
warnings.warn("metres assumed", UnitWarning)
warnings.warn(UnitWarning("feet given"))
warnings.filterwarnings("error", message="strict.*")
try:
    warnings.warn("strict mode on")
except UserWarning as e:
    print("raised:", e)
warnings.resetwarnings()
print(old_api(3))
