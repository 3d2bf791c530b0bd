# expect: reject dunder
# why: exceptions carry their traceback
# line: 7
try:
    1 / 0
except ZeroDivisionError as e:
    print(e.__traceback__)
