# Unbounded recursion ends in RecursionError; the printed traceback folds
# the repeated frames into "[Previous line repeated N more times]".
import sys


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(sys.getrecursionlimit())



class Node:
    def __repr__(self):
        return repr(self)


try:
    repr(Node())
except RecursionError as e:
    print(type(e).__name__, e)
down(0)
