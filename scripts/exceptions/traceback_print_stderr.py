# traceback's print functions write to sys.stderr when given no file.
import sys
import traceback


def f():
    traceback.print_stack(limit=1)
    traceback.print_list(traceback.extract_stack(limit=1))
    try:
        1 / 0
    except ZeroDivisionError as e:
        traceback.print_tb(e.__traceback__)
        traceback.print_exc(limit=1)
        traceback.print_exception(e, limit=0)


f()
print('stdout only has this line')
