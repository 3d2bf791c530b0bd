# A tiny text adventure: commands read with input(), dispatched with getattr.

ROOMS = {
    "hall": {"desc": "A dusty hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Shelves of old books.", "exits": {"south": "hall"}, "items": ["key"]},
    "kitchen": {"desc": "Smells of bread.", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "Dark and cold.", "exits": {"up": "kitchen"}, "items": ["treasure"]},
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.over = False

    def do_look(self, *args):
        room = ROOMS[self.room]
        items = ", ".join(room["items"]) or "nothing"
        print(f"{room['desc']} Exits: {', '.join(sorted(room['exits']))}. You see: {items}.")

    def do_go(self, direction=None, *args):
        target = ROOMS[self.room]["exits"].get(direction)
        if not target:
            print("You can't go that way.")
            return
        if target == "cellar" and "lamp" not in self.inventory:
            print("It is too dark to go down without a lamp.")
            return
        self.room = target
        self.moves += 1
        print(f"You go {direction} to the {target}.")

    def do_take(self, item=None, *args):
        items = ROOMS[self.room]["items"]
        if item in items:
            items.remove(item)
            self.inventory.append(item)
            print(f"Taken: {item}.")
        else:
            print(f"There is no {item} here.")

    def do_inventory(self, *args):
        print("You carry:", ", ".join(self.inventory) or "nothing")

    def do_quit(self, *args):
        self.over = True

    def handle(self, line):
        words = line.lower().split()
        if not words:
            return
        method = getattr(self, "do_" + words[0], None)
        if method is None:
            print(f"I don't understand '{words[0]}'.")
        else:
            method(*words[1:])


game = Game()
while not game.over:
    try:
        line = input("> ")
    except EOFError:
        break
    print(line)
    game.handle(line)
    if "treasure" in game.inventory:
        print(f"You win in {game.moves} moves!")
        break
