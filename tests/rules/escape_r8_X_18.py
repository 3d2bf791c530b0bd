# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist written)
# why: family X: a mutating library function taken as a value (push = heapq.heappush) is called where the checker cannot see its first argument.
import heapq
import keyword

push = heapq.heappush
push(keyword.kwlist, "PWNED")
print("PWNED" in keyword.kwlist, len(keyword.kwlist))
