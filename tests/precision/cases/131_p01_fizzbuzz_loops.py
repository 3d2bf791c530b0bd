# Learner exercise: FizzBuzz, loops and simple accumulation
def fizzbuzz(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append("FizzBuzz")
        elif i % 3 == 0:
            out.append("Fizz")
        elif i % 5 == 0:
            out.append("Buzz")
        else:
            out.append(str(i))
    return out

total = 0
count = 0
for word in fizzbuzz(30):
    print(word, end=" ")
    if word.isdigit():
        total += int(word)
        count += 1
print()
print("numbers printed:", count, "sum:", total)
i = 10
while i > 0:
    i -= 3
    if i == 4:
        continue
    print("countdown", i)
else:
    print("loop finished normally")
