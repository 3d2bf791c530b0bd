# expect: reject import
# why: files and processes
# line: 4
import shutil
print(shutil)
