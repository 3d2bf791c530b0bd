# expect: accept
import re

data = []
try:
    while True:
        data.extend(re.findall(r"-?\d+", input()))
except EOFError:
    pass
nums = [int(x) for x in data]
print(len(nums), sum(nums), sorted(nums)[:3])
