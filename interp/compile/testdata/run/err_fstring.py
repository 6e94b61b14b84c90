value = 12.5
label = "total"
print(f"{label}: {value:>{8}.2f}")
print(f"{label}: {value:%Q}")
