# argparse: -h prints the help to stdout and exits with status 0, before
# the missing required argument is noticed (see the .args file).
import os
os.environ['COLUMNS'] = '80'
import argparse

parser = argparse.ArgumentParser(epilog='See also: nothing.')
parser.add_argument('--level', choices=['low', 'high'], default='low')
parser.add_argument('target')
parser.parse_args()
print('not reached')
