# Learner: lists and dicts
grades = {"alice": [90, 85, 77], "bob": [60, 72, 88], "carol": [95, 91, 99]}
averages = {name: sum(g) / len(g) for name, g in grades.items()}
for name in sorted(averages, key=averages.get, reverse=True):
    print(f"{name:>6}: {averages[name]:.1f}")
nums = [5, 3, 8, 1, 9, 2]
nums.sort()
print(nums, nums[::-1], nums[1:4], nums[-2:])
nums.insert(0, 100)
nums.remove(8)
print(nums, nums.pop(), nums.index(5), len(nums))
squares = [x * x for x in range(10) if x % 2 == 0]
print(squares)
matrix = [[1, 2, 3], [4, 5, 6]]
transposed = [list(row) for row in zip(*matrix)]
print(transposed)
inventory = {}
for item in "apple banana apple cherry banana apple".split():
    inventory[item] = inventory.get(item, 0) + 1
print(inventory)
inventory.setdefault("date", 0)
del inventory["cherry"]
print(list(inventory.keys()), list(inventory.values()))
merged = {**inventory, "egg": 12}
merged.update(fig=2)
print(merged, "apple" in merged, merged.pop("fig"))
a, *rest, z = [1, 2, 3, 4, 5]
print(a, rest, z)
for idx, (k, v) in enumerate(sorted(merged.items())):
    print(idx, k, v)
