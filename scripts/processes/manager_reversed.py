# multiprocessing.Manager: reversed() of a list proxy asks the manager for
# the list's reverse iterator, which comes back pickled.
import multiprocessing as mp

if __name__ == '__main__':
    with mp.Manager() as m:
        l = m.list([1, 2, 3])
        print(list(reversed(l)))
