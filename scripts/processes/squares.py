# Processes share nothing: each worker computes in its own interpreter and
# the results come back by value.
from multiprocessing import Pool


def square(n):
    return n * n


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(square, range(10)))
