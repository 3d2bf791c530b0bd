# expect: accept
# why: the honest look-alike of round 26q: copying the service's argv and a library list with a slice, then changing the copy; slices of the program's own nested lists
import keyword
import sys

args = sys.argv[:]
args.append("--verbose")
words = keyword.kwlist[:3]
words.append("extra")
grid = [[0] * 3 for _ in range(3)]
top = grid[:2]
top[0][1] = 5
print(len(args), words, grid[0], sorted(sys.argv[:])[0] == sys.argv[0])
