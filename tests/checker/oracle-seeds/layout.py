def f(x,
      y=1):  # compile('x', 'f', 'exec')
    if x:
        return y  \
            + 1
    return [z for z in range(3) if z]  # globals()


class K:
    """Doc with locals() and f_back."""
    def m(self):
        yield from (q for q in "gi_frame")
