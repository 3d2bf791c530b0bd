# expect: accept
def logistic(pop, rate, capacity, years):
    history = [pop]
    for _ in range(years):
        pop += rate * pop * (1 - pop / capacity)
        history.append(round(pop))
    return history


h = logistic(10, 0.5, 1000, 20)
print(h[::4], h[-1])
