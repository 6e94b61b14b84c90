for x in y:
    x + 1
    x = 2

