def outer(data):
    return helper(data,
                  data["key"])
def helper(x, y):
    return x.get("other").upper()
outer({"key": 1})
