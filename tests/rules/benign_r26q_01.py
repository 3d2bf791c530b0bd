# expect: accept
# why: the honest look-alike of round 26q: copying the service's argv and a library list with list(), then changing the copy; slices read from the program's own nested lists and from argv
import keyword
import sys

args = list(sys.argv)
args.append("--verbose")
words = list(keyword.kwlist[:3])
words.append("extra")
grid = [[0] * 3 for _ in range(3)]
top = grid[:2]
top[0][1] = 5
print(len(args), words, grid[0], sorted(sys.argv[:])[0] == sys.argv[0])
