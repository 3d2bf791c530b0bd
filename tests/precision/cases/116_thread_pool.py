# ThreadPoolExecutor: map keeps input order; as_completed gathered and sorted.
import time
from concurrent.futures import ThreadPoolExecutor, as_completed


def slow_square(n):
    time.sleep(0.01 * (5 - n % 5))
    return n * n


def check_word(word):
    if not word.isalpha():
        raise ValueError(f"not a word: {word!r}")
    return word.upper()


start = time.perf_counter()
with ThreadPoolExecutor(max_workers=4) as pool:
    squares = list(pool.map(slow_square, range(10)))
elapsed = time.perf_counter() - start
print("squares:", squares)
print("finished within two seconds:", elapsed < 2.0)

words = ["alpha", "beta", "g4mma", "delta", ""]
with ThreadPoolExecutor(max_workers=3) as pool:
    futures = {pool.submit(check_word, w): w for w in words}
    outcomes = []
    for fut in as_completed(futures):
        word = futures[fut]
        try:
            outcomes.append((word, fut.result()))
        except ValueError as e:
            outcomes.append((word, f"error: {e}"))
for word, outcome in sorted(outcomes):
    print(f"{word!r:8} -> {outcome}")

with ThreadPoolExecutor() as pool:
    future = pool.submit(sum, range(1_000_001))
    print("sum:", future.result(), future.done())
