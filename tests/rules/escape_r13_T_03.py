# expect: reject module_attribute
# line: 13
# verified: under plain python3 (3.11) in a temp dir, a forged traceback reaches linecache with the path the program chose (print_tb reads the file named by co_filename)
# why: the traceback facade: print_tb, format_tb, print_exception and format_exception take a traceback or exception from the program, and their frames' co_filename is opened by linecache

import traceback

try:
    1 / 0
except ZeroDivisionError as e:
    err = e

print("".join(traceback.format_exception(err)))
traceback.print_tb(err.__traceback__)
print(traceback.format_tb(err.__traceback__))
