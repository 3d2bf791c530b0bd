# expect: accept
# why: honest layouts both parsers read alike: a tab then spaces used the same way on every line
#   of a level, a level of 8 spaces under a tab-indented one, a form feed between functions,
#   lines that begin with brackets, a match statement, a decorated method
import functools

def grid(n):
	rows = []
	for i in range(n):
	    row = []
	    for j in range(n):
	        row.append(i * j)
	    rows.append(row)
	return rows


class Shape:
	def __init__(self, kind, size):
		self.kind = kind
		self.size = size

	@functools.lru_cache(maxsize=None)
	def area(self):
		match self.kind:
			case "square":
				return self.size * self.size
			case _:
				return 0

	def __hash__(self):
		return hash((self.kind, self.size))


x = grid(3)
(a, b) = (x[1][1], x[2][2])
[c] = [x[2][1]]
print(a, b, c, Shape("square", 3).area(), Shape("circle", 1).area())
