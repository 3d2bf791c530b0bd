# expect: reject module_attribute
# why: unittest facade: argv must be a literal list of one string, not a list built at run time
# line: 6
import random, unittest
ARGS = ["x"] + ["random._os.environ", "copy"]
unittest.main(argv=[ARGS[0], ".".join(ARGS[1:])][:2], exit=False)
