# -*- coding: latin-1 -*-
"""Latin-1 encoded: café."""
name = "José"
print(name, len(name))  # 4
