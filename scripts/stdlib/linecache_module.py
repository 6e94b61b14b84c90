# linecache: lines of real files, relative names found along sys.path,
# the cache's invalidation by checkcache, and names it refuses.
import linecache
import os
import sys
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "sample.py")
with open(path, "w") as f:
    f.write("first\nsecond\nthird")

print(repr(linecache.getline(path, 1)), repr(linecache.getline(path, 3)), repr(linecache.getline(path, 4)),
      repr(linecache.getline(path, 0)), repr(linecache.getline(path, -1)))
print(linecache.getlines(path), path in linecache.cache)
entry = linecache.cache[path]
print(len(entry), entry[0], entry[2], entry[3] == path, type(entry[1]).__name__)
print(linecache.getlines(os.path.join(d, "missing.py")), linecache.getline("", 1) == "", linecache.getlines("<string>"))
print(linecache.updatecache("<stdin>"), linecache.updatecache(""))

# A changed file stays cached until checkcache notices.
with open(path, "w") as f:
    f.write("changed line one\nline two\nthree\nfour\n")
print(repr(linecache.getline(path, 1)))
linecache.checkcache("not-cached-at-all")
linecache.checkcache(path)
print(path in linecache.cache, repr(linecache.getline(path, 1)), len(linecache.getlines(path)))
with open(path, "a") as f:
    f.write("five\n")
linecache.checkcache()
print(path in linecache.cache, len(linecache.getlines(path)))
os.remove(path)
linecache.checkcache(path)
print(path in linecache.cache, linecache.getlines(path))

# Relative names are searched for along sys.path.
with open(os.path.join(d, "rel_mod.py"), "w") as f:
    f.write("x = 1\ny = 2\n")
sys.path.insert(0, d)
sys.path.insert(0, 42)  # non-str entries are skipped
print(repr(linecache.getline("rel_mod.py", 2)), linecache.cache["rel_mod.py"][3] == os.path.join(d, "rel_mod.py"))
sys.path[:2] = []
print(linecache.getlines("no_such_relative_name.py"))
print(linecache.getlines("/abs/missing.py"))
linecache.clearcache()
print(linecache.cache, linecache.lazycache("<x>", {}), linecache.lazycache("", {}))
print(sorted(linecache.__all__))
import shutil
shutil.rmtree(d)
