"""Parser agreement seed for the layout: indentation that CPython's tokenizer and
tree-sitter's scanner count alike (tabs only, a tab then spaces on every line of a
level, form feeds, a backslash line at column 0, comments at any depth, lines that
begin with brackets). The oracle's mutants splice tabs, spaces, form feeds and
backslashes into it; wherever the two then lay a line out differently, the checker
must refuse the program (rule syntax), and never where they agree."""
import functools


class Grid:
	def __init__(self, n):
		self.rows = [[i * j for j in range(n)]
					for i in range(n)]

	def cell(self, i, j):
	    # a tab then four spaces on every line of this level
	    if i < 0:
	        return 0
	    return self.rows[i][j]

	@functools.lru_cache(maxsize=None)
	def total(self):
		t = 0
		for row in self.rows:
				# a comment deeper than the code
			t += sum(row)
		return t

    
\
g = Grid(3)
(a, b) = (g.cell(1, 1), g.cell(2, 2))
[c] = [g.total()]
if a:
        d = [1,
2]
else:
	d = []
print(a, b, c, d)
