# expect: reject memory
# line: 12
# verified: under the image's python3.11 (3.11.2) the process aborts (exit 134, "Fatal Python
#   error: none_dealloc: deallocating None"), and so does 3.11.7 (the fix is in 3.11.9)
# Mechanism: gh-115618 (fixed in 3.11.9): property's getter/setter/deleter given None release a
#   reference to None they never took; repeated, None's count reaches zero. Only a crash (the
#   deallocator of None aborts), but a corruption of the interpreter's state all the same.
# This member: getter called by hand with None.
# Checker before the rule: exit 0 (accepted)
p = property()
for _ in range(200000):
    p.getter(None)
print("survived")
