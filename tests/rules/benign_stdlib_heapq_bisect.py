# expect: accept
# why: heapq and bisect
import bisect
import heapq

tasks = [(3, "write"), (1, "plan"), (2, "code")]
heapq.heapify(tasks)
order = [heapq.heappop(tasks)[1] for _ in range(len(tasks))]
print(order, heapq.nlargest(2, [5, 1, 9, 3]), heapq.nsmallest(1, [5, 1, 9]))

grades = [60, 70, 80, 90]
letters = "FDCBA"
print([letters[bisect.bisect(grades, s)] for s in (55, 70, 85, 99)])
sorted_list = []
for x in [5, 1, 4]:
    bisect.insort(sorted_list, x)
print(sorted_list, bisect.bisect_left(sorted_list, 4))
merged = list(heapq.merge([1, 4, 7], [2, 5, 8]))
print(merged)
