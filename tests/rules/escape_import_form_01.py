# expect: reject import
# why: dotted import of a denied package
# line: 4
import os.path
print(os.path.sep)
