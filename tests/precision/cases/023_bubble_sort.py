# Simple sorting algorithms, with comparison counts.
import random

random.seed(3)


def bubble_sort(a):
    a = list(a)
    comparisons = 0
    for i in range(len(a)):
        swapped = False
        for j in range(len(a) - 1 - i):
            comparisons += 1
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a, comparisons


def insertion_sort(a):
    a = list(a)
    comparisons = 0
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0:
            comparisons += 1
            if a[j] <= key:
                break
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a, comparisons


def selection_sort(a):
    a = list(a)
    for i in range(len(a)):
        m = min(range(i, len(a)), key=a.__getitem__)
        a[i], a[m] = a[m], a[i]
    return a


data = [random.randint(0, 99) for _ in range(15)]
print("input:    ", data)
b, bc = bubble_sort(data)
ins, ic = insertion_sort(data)
print("bubble:   ", b, bc, "comparisons")
print("insertion:", ins, ic, "comparisons")
print("selection:", selection_sort(data))
print("all agree:", b == ins == selection_sort(data) == sorted(data))
print("sorted input:", bubble_sort(range(10))[1], "comparisons")
