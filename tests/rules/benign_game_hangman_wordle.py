# expect: accept
def hangman_state(word, guesses):
    shown = " ".join(c if c in guesses else "_" for c in word)
    misses = sorted(set(guesses) - set(word))
    return shown, misses


def wordle_score(answer, guess):
    result = ["."] * len(guess)
    remaining = list(answer)
    for i, (a, g) in enumerate(zip(answer, guess)):
        if a == g:
            result[i] = "G"
            remaining.remove(g)
    for i, g in enumerate(guess):
        if result[i] == "." and g in remaining:
            result[i] = "Y"
            remaining.remove(g)
    return "".join(result)


print(hangman_state("python", "pyxz"), wordle_score("crane", "react"), wordle_score("apple", "paper"))
