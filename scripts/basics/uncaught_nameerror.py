# An uncaught exception prints CPython's traceback and exits with status 1.
def greet(who):
    print("greeting", who)
    return salutation + who


print("before")
greet("you")
print("never printed")
