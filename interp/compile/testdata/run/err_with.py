class Resource:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
with Resource() as r:
    data = {"a": 1}
    print(data["b"])
