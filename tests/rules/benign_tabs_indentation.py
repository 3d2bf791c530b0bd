# expect: accept
# why: tab indentation
class Counter:
	def __init__(self):
		self.n = 0

	def tick(self):
		self.n += 1
		return self.n

c = Counter()
for _ in range(3):
	c.tick()
print(c.n)
