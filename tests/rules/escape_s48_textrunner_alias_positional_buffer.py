# expect: reject module_attribute
# line: 6
# why: TextTestRunner's fifth positional argument is buffer: imported under another name it is still judged where it is called
from unittest import TextTestRunner as Runner

runner = Runner(None, True, 1, False, True)
