# expect: accept
import heapq
from collections import Counter


def huffman(text):
    heap = [[n, i, {ch: ""}] for i, (ch, n) in enumerate(sorted(Counter(text).items()))]
    heapq.heapify(heap)
    tick = len(heap)
    while len(heap) > 1:
        n1, _, c1 = heapq.heappop(heap)
        n2, _, c2 = heapq.heappop(heap)
        merged = {ch: "0" + code for ch, code in c1.items()}
        merged.update({ch: "1" + code for ch, code in c2.items()})
        heapq.heappush(heap, [n1 + n2, tick, merged])
        tick += 1
    return heap[0][2]


def lzw(text):
    table = {chr(i): i for i in range(256)}
    w, out = "", []
    for ch in text:
        if w + ch in table:
            w += ch
        else:
            out.append(table[w])
            table[w + ch] = len(table)
            w = ch
    return out + ([table[w]] if w else [])


codes = huffman("abracadabra")
encoded = "".join(codes[c] for c in "abracadabra")
print(codes, len(encoded), lzw("TOBEORNOTTOBEORTOBEORNOT")[:10])
