# Benchmark kernel: the seed scripts' naive prime count (for/else, modulo).
def count_primes(limit):
    count = 0
    for num in range(1, limit + 1):
        if num > 1:
            for i in range(2, num):
                if (num % i) == 0:
                    break
            else:
                count += 1
    return count


print(count_primes(20000))
