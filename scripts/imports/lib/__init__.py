# This folder is put on sys.path by the import goldens; it is a package
# only so that the harness does not run its modules as programs.
