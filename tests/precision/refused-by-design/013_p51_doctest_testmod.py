def mean(xs):
    """Return the arithmetic mean.

    >>> mean([1, 2, 3, 4])
    2.5
    >>> mean([])
    Traceback (most recent call last):
        ...
    ValueError: empty
    """
    if not xs:
        raise ValueError("empty")
    return sum(xs) / len(xs)

def chunks(xs, n):
    """Split a list into chunks.

    >>> chunks([1, 2, 3, 4, 5], 2)
    [[1, 2], [3, 4], [5]]
    >>> chunks([], 3)
    []
    """
    return [xs[i:i + n] for i in range(0, len(xs), n)]

def wrong(x):
    """
    >>> wrong(2)
    5
    """
    return x + 2

if __name__ == "__main__":
    import doctest
    results = doctest.testmod(verbose=False)
    print(f"attempted={results.attempted} failed={results.failed}")
