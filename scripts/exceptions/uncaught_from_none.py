# raise ... from None hides the context; a context set after the fact
# and __suppress_context__ changes show up in the printed chain.


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise AttributeError(k) from None


try:
    lookup({}, "x")
except AttributeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
e = ValueError("shown")
e.__context__ = TypeError("context")
e.__suppress_context__ = False
lookup({}, "y")
