# expect: accept
# why: honest26 p57's shape: lambdas as key= of sorted, heapq.merge, heapq.nsmallest and bisect beside lists the program changes
import bisect
import heapq

meetings = [("standup", 900, 915), ("review", 930, 1100), ("1:1", 1000, 1030), ("retro", 1100, 1200)]
rooms = []
assignment = {}
for name, start, end in sorted(meetings, key=lambda m: m[1]):
    if rooms and rooms[0][0] <= start:
        _, room = heapq.heapreplace(rooms, (end, rooms[0][1]))
    else:
        room = len(rooms) + 1
        heapq.heappush(rooms, (end, room))
    assignment[name] = room
per_room = {}
for name, start, end in meetings:
    per_room.setdefault(assignment[name], []).append((start, end, name))
streams = [sorted(v) for v in per_room.values()]
print(list(heapq.merge(*streams, key=lambda r: r[0]))[:2])
print([m[0] for m in heapq.nsmallest(2, meetings, key=lambda m: m[2])])
ends = sorted(m[2] for m in meetings)
print(bisect.bisect_left(meetings, 1000, key=lambda m: m[1]), ends)
