# expect: accept
# why: __name__, __doc__, __all__ and friends as plain names
"""Module docstring."""

__all__ = ["main"]
__version__ = "1.0"
__author__ = "someone"


def main():
    print(__name__, __doc__, __version__, main.__name__, main.__qualname__, main.__module__)


if __name__ == "__main__":
    main()
