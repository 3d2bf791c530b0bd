# expect: accept
# why: `type=int` names add_argument's parameter, not the builtin type: no class of the program is held as a value, so statistics.mean stays allowed (honest36 p24)
import argparse
import random
import statistics

p = argparse.ArgumentParser()
p.add_argument("-n", "--rolls", type=int, default=100)
args = p.parse_args([])
random.seed(1)
totals = [random.randint(1, 6) + random.randint(1, 6) for _ in range(args.rolls)]
print(f"mean={statistics.mean(totals):.2f}")
