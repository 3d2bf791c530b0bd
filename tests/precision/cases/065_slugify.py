# Slugify titles for URLs, with a small argparse front end given fixed arguments.
import argparse
import re
import unicodedata


def slugify(title, separator="-", max_length=40):
    normal = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", normal.lower())
    slug = separator.join(words)
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit(separator, 1)[0]
    return slug


def unique(slugs):
    seen = {}
    out = []
    for s in slugs:
        n = seen.get(s, 0)
        seen[s] = n + 1
        out.append(s if n == 0 else f"{s}-{n + 1}")
    return out


parser = argparse.ArgumentParser(description="Make URL slugs")
parser.add_argument("titles", nargs="+")
parser.add_argument("--sep", default="-")
parser.add_argument("--max", type=int, default=40)
args = parser.parse_args([
    "Hello, World!", "Crème Brûlée Recipe", "  10 Tips & Tricks for Python 3.11  ",
    "Hello World", "A very long title that will certainly need to be cut somewhere",
    "--max", "30",
])
slugs = unique([slugify(t, args.sep, args.max) for t in args.titles])
for title, slug in zip(args.titles, slugs):
    print(f"{title.strip()!r:<68} {slug}")
print(slugify("Ünïcödé Ståff", "_"))
