# expect: accept
class EventBus:
    def __init__(self):
        self._handlers = {}

    def on(self, event):
        def register(fn):
            self._handlers.setdefault(event, []).append(fn)
            return fn
        return register

    def emit(self, event, *args):
        return [h(*args) for h in self._handlers.get(event, [])]


bus = EventBus()


@bus.on("order")
def send_email(order_id):
    return f"email for {order_id}"


@bus.on("order")
def update_stock(order_id):
    return f"stock for {order_id}"


STRATEGIES = {
    "percent": lambda price, v: price * (1 - v / 100),
    "fixed": lambda price, v: max(price - v, 0),
    "none": lambda price, v: price,
}


def checkout(price, kind="none", value=0):
    return round(STRATEGIES[kind](price, value), 2)


print(bus.emit("order", 42), bus.emit("refund", 1))
print(checkout(80, "percent", 25), checkout(80, "fixed", 100), checkout(80))
