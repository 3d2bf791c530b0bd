# expect: accept
# why: xs.__getitem__ as a key function
def counting_sort(xs, top):
    counts = [0] * (top + 1)
    for x in xs:
        counts[x] += 1
    return [v for v, c in enumerate(counts) for _ in range(c)]


def radix_sort(xs):
    place = 1
    while max(xs) // place:
        buckets = [[] for _ in range(10)]
        for x in xs:
            buckets[x // place % 10].append(x)
        xs = [x for b in buckets for x in b]
        place *= 10
    return xs


def heap_sort(xs):
    import heapq
    h = list(xs)
    heapq.heapify(h)
    return [heapq.heappop(h) for _ in range(len(h))]


def selection_sort(xs):
    xs = list(xs)
    for i in range(len(xs)):
        j = min(range(i, len(xs)), key=xs.__getitem__)
        xs[i], xs[j] = xs[j], xs[i]
    return xs


def shell_sort(xs):
    xs, gap = list(xs), len(xs) // 2
    while gap:
        for i in range(gap, len(xs)):
            tmp, j = xs[i], i
            while j >= gap and xs[j - gap] > tmp:
                xs[j] = xs[j - gap]
                j -= gap
            xs[j] = tmp
        gap //= 2
    return xs


data = [170, 45, 75, 90, 802, 24, 2, 66]
print(counting_sort([3, 1, 2, 3, 0], 3), radix_sort(data), heap_sort(data), selection_sort(data), shell_sort(data))
