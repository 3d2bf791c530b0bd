# A small event bus with handlers, priorities, and logging to stdout.
import logging
import sys
from collections import defaultdict
from typing import Protocol

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="[%(levelname)s] %(message)s")
logger = logging.getLogger("events")


class Handler(Protocol):
    __name__: str

    def __call__(self, **payload) -> str: ...


class EventBus:
    def __init__(self):
        self.handlers = defaultdict(list)

    def on(self, event, priority=0):
        def register(func: Handler) -> Handler:
            self.handlers[event].append((priority, func))
            self.handlers[event].sort(key=lambda h: -h[0])
            return func
        return register

    def emit(self, event, **payload):
        handlers = self.handlers.get(event, [])
        if not handlers:
            logger.warning("no handlers for %s", event)
            return []
        results = []
        for _, func in handlers:
            try:
                results.append(func(**payload))
            except Exception as e:
                logger.error("%s failed on %s: %s", func.__name__, event, e)
        logger.info("%s handled by %d", event, len(handlers))
        return results


bus = EventBus()


@bus.on("order", priority=10)
def validate(item, qty):
    if qty <= 0:
        raise ValueError("quantity must be positive")
    return f"valid {item}"


@bus.on("order")
def bill(item, qty):
    return f"billed {qty} x {item}"


@bus.on("order", priority=5)
def reserve(item, qty):
    return f"reserved {qty} {item}"


print(bus.emit("order", item="book", qty=2))
print(bus.emit("order", item="pen", qty=0))
print(bus.emit("refund", item="book"))
