# stdin: sys.stdin.readline loop until EOF, running stats
import sys

def main():
    total = 0.0
    count = 0
    mx = None
    bad = 0
    while True:
        line = sys.stdin.readline()
        if not line:
            break
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            val = float(line)
        except ValueError:
            bad += 1
            print(f"skipping {line!r}", file=sys.stderr)
            continue
        total += val
        count += 1
        mx = val if mx is None else max(mx, val)
        print(f"{count:3d} running avg {total / count:8.3f}")
    print("count", count, "max", mx, "bad", bad)

if __name__ == "__main__":
    main()
