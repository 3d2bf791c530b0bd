# expect: accept
# why: look-alike of round 34a: string.capwords over an attribute holding text, with methods of the program's beside it; the list built is mutated
import string


class Line:
    def __init__(self, text):
        self.text = text

    def words(self):
        return self.text.split()


lines = [Line("the quick brown fox"), Line("jumps over the lazy dog")]
titled = [string.capwords(ln.text) for ln in lines]
titled.append(string.capwords(" ".join(lines[0].words())))
print(titled)
