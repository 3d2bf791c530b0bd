# Shuffling cards: riffle shuffles, Fisher-Yates, and how many riffles mix a deck.
import random

random.seed(52)


def fisher_yates(items):
    items = list(items)
    for i in range(len(items) - 1, 0, -1):
        j = random.randint(0, i)
        items[i], items[j] = items[j], items[i]
    return items


def riffle(deck):
    cut = sum(random.random() < 0.5 for _ in deck)
    left, right = deck[:cut], deck[cut:]
    out = []
    while left or right:
        if random.random() < len(left) / (len(left) + len(right)):
            out.append(left.pop(0))
        else:
            out.append(right.pop(0))
    return out


def rising_sequences(deck):
    pos = {card: i for i, card in enumerate(deck)}
    count = 1
    for card in range(1, len(deck)):
        if pos[card] < pos[card - 1]:
            count += 1
    return count


deck = list(range(52))
print("fisher-yates:", fisher_yates(range(10)))
shuffled = deck[:]
random.shuffle(shuffled)
print("random.shuffle first ten:", shuffled[:10])
print("sample:", random.sample(deck, 5), "choice:", random.choice(deck))
d = deck
for n in range(1, 9):
    d = riffle(d)
    print(f"after {n} riffles: {rising_sequences(d):2} rising sequences")
print("still a full deck:", sorted(d) == deck)
