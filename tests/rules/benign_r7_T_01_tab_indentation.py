# expect: accept
# why: honest tab indentation that CPython and the checker's parser lay out alike (family T's
#   layout check must not refuse it): tabs only, a class with private state read through self,
#   nested functions, comments at any indentation, backslash and bracket continuations inside
#   statements, a blank line holding only a tab, if/else and try/except/finally
import dataclasses


class Inventory:
	"""Counts items by name."""

	def __init__(self):
		self._items = {}
	
	def add(self, name, qty):
		# a comment deeper than the code
				# and one shallower
		if name in self._items:
			self._items[name] += qty
		else:
			self._items[name] = qty
		return self

	def total(self):
		def double(n):
			return 2 * n
		return sum(double(q) for q in
						self._items.values())

	def names(self):
		return sorted(self._items)


@dataclasses.dataclass
class Line:
	name: str
	qty: int


inv = Inventory().add("apple", 3).add("pear", 2).add("apple", 1)
lines = []
total = inv.total() + \
		0
for name in inv.names():
	try:
		if name:
			lines.append(Line(name, len(name)))
	except ValueError:
		pass
	finally:
		total += 1
print(total, [(l.name, l.qty) for l in lines])
