import os

def f(x):
    """Lines end with CRLF."""
    s = """a
b"""
    return x + \
        1
