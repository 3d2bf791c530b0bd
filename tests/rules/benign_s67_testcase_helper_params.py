# expect: accept
# why: honest71 p39's bowling kata: a TestCase helper with parameters (roll_many(self, n, pins)) feeds the program's own Game, whose roll appends to its own list. TestCase reaches a method no library class names only by a name the program gives it, with no arguments (facades.txt, names-closed), so pins holds the program's values and Game's list stays the program's
import unittest


class Game:
    def __init__(self):
        self.rolls = []

    def roll(self, pins):
        self.rolls.append(pins)

    def score(self):
        total, i = 0, 0
        for _ in range(10):
            if self.rolls[i] == 10:
                total += 10 + self.rolls[i + 1] + self.rolls[i + 2]
                i += 1
            elif self.rolls[i] + self.rolls[i + 1] == 10:
                total += 10 + self.rolls[i + 2]
                i += 2
            else:
                total += self.rolls[i] + self.rolls[i + 1]
                i += 2
        return total


class GameTest(unittest.TestCase):
    def setUp(self):
        self.game = Game()

    def tearDown(self):
        self.game.rolls.clear()

    def roll_many(self, n, pins):
        for _ in range(n):
            self.game.roll(pins)

    def test_gutter(self):
        self.roll_many(20, 0)
        self.assertEqual(self.game.score(), 0)

    def test_perfect(self):
        self.roll_many(12, 10)
        self.assertEqual(self.game.score(), 300)


unittest.main(exit=False, argv=["bowling"])
