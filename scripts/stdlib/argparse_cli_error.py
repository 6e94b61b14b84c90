# argparse: a command line with a bad value ends the program with the
# usage and the error on stderr and exit status 2 (see the .args file).
import os
os.environ['COLUMNS'] = '80'
import argparse

parser = argparse.ArgumentParser()
parser.add_argument('-n', type=int, default=1)
parser.add_argument('files', nargs='+')
print('before')
parser.parse_args()
print('not reached')
