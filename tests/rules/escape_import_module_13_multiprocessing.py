# expect: reject import
# why: processes
# line: 4
import multiprocessing
print(multiprocessing)
