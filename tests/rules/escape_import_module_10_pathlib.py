# expect: reject import
# why: files
# line: 4
import pathlib
print(pathlib)
