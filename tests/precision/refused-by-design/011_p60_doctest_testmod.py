# Real doctest: doctest.testmod() on this module's functions
def median(xs):
    """Return the median of a non-empty list.

    >>> median([3, 1, 2])
    2
    >>> median([4, 1, 3, 2])
    2.5
    >>> median([])
    Traceback (most recent call last):
        ...
    ValueError: empty
    """
    if not xs:
        raise ValueError("empty")
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2

def slugify(title):
    """Make a URL slug.

    >>> slugify("Hello, World!")
    'hello-world'
    >>> slugify("  Python   3.11 rocks ")
    'python-3-11-rocks'
    """
    out, dash = [], False
    for ch in title.lower():
        if ch.isalnum():
            out.append(ch)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-")

if __name__ == "__main__":
    import doctest
    results = doctest.testmod(verbose=False)
    print(f"doctest: attempted={results.attempted} failed={results.failed}")
