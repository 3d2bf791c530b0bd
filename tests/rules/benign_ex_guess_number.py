# expect: accept
import random

random.seed(5)
secret = random.randint(1, 100)
lo, hi, tries = 1, 100, 0
while True:
    guess = (lo + hi) // 2
    tries += 1
    if guess == secret:
        break
    if guess < secret:
        lo = guess + 1
    else:
        hi = guess - 1
print(f"found {secret} in {tries} tries")
