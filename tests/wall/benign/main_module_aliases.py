# Modules that keep __main__ when they are imported (multiprocessing's __mp_main__,
# which a preload part may load) must never hand the program the sandbox's module.
import sys
import concurrent.futures

mp_main = sys.modules.get("__mp_main__")
print(mp_main is None or mp_main is sys.modules["__main__"])
print(getattr(mp_main, "wall_arm", None) is None, getattr(mp_main, "WALL_EXIT", None))
with concurrent.futures.ThreadPoolExecutor(2) as ex:
    print(sorted(ex.map(len, ["a", "bb"])))
