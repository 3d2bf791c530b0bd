# Top-k frequent elements with Counter and heapq; k closest points.
import heapq
from collections import Counter
from operator import itemgetter


def top_k(nums, k):
    counts = Counter(nums)
    return [x for x, _ in heapq.nlargest(k, counts.items(), key=itemgetter(1))]


def k_closest(points, k):
    return heapq.nsmallest(k, points, key=lambda p: p[0] ** 2 + p[1] ** 2)


def kth_largest(nums, k):
    heap = []
    for n in nums:
        heapq.heappush(heap, n)
        if len(heap) > k:
            heapq.heappop(heap)
    return heap[0]


print(top_k([1, 1, 1, 2, 2, 3], 2))
words = "the cat and the hat and the bat sat on the mat".split()
print(Counter(words).most_common(3))
print(top_k(words, 2))
print(k_closest([(1, 3), (-2, 2), (5, 8), (0, 1), (3, 3)], 3))
print(kth_largest([3, 2, 1, 5, 6, 4], 2), kth_largest([3, 2, 3, 1, 2, 4, 5, 5, 6], 4))
merged = list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11]))
print(merged)
h = [5, 3, 8, 1]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(len(h))])
