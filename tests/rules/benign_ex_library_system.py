# expect: accept
from datetime import date, timedelta


class Book:
    def __init__(self, isbn, title):
        self.isbn, self.title = isbn, title
        self.borrower = None
        self.due = None


class Library:
    LOAN = timedelta(days=14)

    def __init__(self):
        self.books = {}

    def add(self, isbn, title):
        self.books[isbn] = Book(isbn, title)

    def lend(self, isbn, who, today):
        book = self.books[isbn]
        if book.borrower:
            return False
        book.borrower, book.due = who, today + self.LOAN
        return True

    def overdue(self, today):
        return sorted(b.title for b in self.books.values() if b.due and b.due < today)


lib = Library()
lib.add("1", "Dune")
lib.add("2", "Emma")
lib.lend("1", "ann", date(2024, 1, 1))
print(lib.lend("1", "bob", date(2024, 1, 2)), lib.overdue(date(2024, 2, 1)), lib.overdue(date(2024, 1, 10)))
