# Write a formatted report with sys.stdout.write and exit explicitly.
import sys

sales = {"January": 1200.5, "February": 980.0, "March": 1430.25, "April": 1100.0}


def bar(value, scale=50):
    return "#" * int(value / scale)


def main():
    out = sys.stdout
    out.write("Monthly sales\n")
    out.write("=" * 13 + "\n")
    for month, amount in sales.items():
        out.write(f"{month:<9}{amount:>9.2f} {bar(amount)}\n")
    total = sum(sales.values())
    out.write(f"{'Total':<9}{total:>9.2f}\n")
    best = max(sales, key=sales.get)
    out.write("Best month: %s\n" % best)
    written = out.write("done\n")
    print("last write returned", written)
    return 0


if __name__ == "__main__":
    sys.exit(main())
