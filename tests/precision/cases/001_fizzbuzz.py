# Classic FizzBuzz, then a small variation with a rules table.


def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)


for i in range(1, 31):
    print(fizzbuzz(i))

rules = [(3, "Fizz"), (5, "Buzz"), (7, "Bazz")]


def general(n):
    words = "".join(word for d, word in rules if n % d == 0)
    return words or str(n)


print(" ".join(general(i) for i in range(95, 111)))

counts = {"Fizz": 0, "Buzz": 0, "FizzBuzz": 0}
for i in range(1, 101):
    w = fizzbuzz(i)
    if w in counts:
        counts[w] += 1
print(counts)
