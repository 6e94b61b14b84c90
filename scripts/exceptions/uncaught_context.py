# An exception raised while handling another: both tracebacks print,
# joined by "During handling of the above exception...", exit status 1.


def parse(text):
    try:
        return int(text)
    except ValueError:
        return fallback[text]


fallback = {}


def main():
    print("parsing")
    return parse("x")


main()
