# Merge overlapping intervals, insert an interval, and meeting rooms.
import heapq


def merge(intervals):
    out = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return out


def insert(intervals, new):
    return merge(intervals + [new])


def rooms_needed(meetings):
    ends = []
    for start, end in sorted(meetings):
        if ends and ends[0] <= start:
            heapq.heapreplace(ends, end)
        else:
            heapq.heappush(ends, end)
    return len(ends)


print(merge([[1, 3], [2, 6], [8, 10], [15, 18]]))
print(merge([[1, 4], [4, 5]]))
print(merge([[5, 7], [1, 2], [2, 3], [6, 9], [20, 21]]))
print(insert([[1, 2], [3, 5], [6, 7], [8, 10], [12, 16]], [4, 8]))
print(rooms_needed([(0, 30), (5, 10), (15, 20)]))
print(rooms_needed([(7, 10), (2, 4)]))
print(rooms_needed([(1, 5), (2, 6), (3, 7), (4, 8), (5, 9)]))
total = sum(e - s for s, e in merge([[1, 3], [2, 6], [8, 10], [9, 12]]))
print("covered length:", total)
