# expect: accept
class AppError(Exception):
    code = 1


class NotFound(AppError):
    code = 404

    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what


class Invalid(AppError):
    code = 400


def lookup(db, key):
    if not isinstance(key, str):
        raise Invalid(f"bad key {key!r}")
    try:
        return db[key]
    except KeyError:
        raise NotFound(key) from None


db = {"a": 1}
for key in ["a", "b", 3]:
    try:
        print("found", lookup(db, key))
    except AppError as err:
        print(type(err).__name__, err.code, err, err.args)
    finally:
        print("-- checked", key)


def risky():
    try:
        return 1 / 0
    except ZeroDivisionError as exc:
        exc.add_note("while computing risky()")
        raise


try:
    risky()
except ArithmeticError as e:
    print(type(e).__name__, "noted")
