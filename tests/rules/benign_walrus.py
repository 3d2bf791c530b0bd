# expect: accept
# why: assignment expressions in if, comprehension and while
import re

data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"{n} items")

lines = ["x=1", "junk", "y=22"]
found = [m.group(1) for line in lines if (m := re.match(r"(\w)=\d+", line))]
print(found)

stack = [1, 2, 3]
while (top := stack.pop() if stack else None) is not None:
    print("popped", top)
