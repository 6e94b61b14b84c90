# argparse: a parser fed from sys.argv (see argparse_cli.args); prog is
# the script's own name.
import os
os.environ['COLUMNS'] = '80'
import argparse
import sys

parser = argparse.ArgumentParser(description='Count things.')
parser.add_argument('-n', type=int, default=1, help='repeat count')
parser.add_argument('files', nargs='+', help='files to count')
args = parser.parse_args()
print(parser.prog, args)
print(sys.argv[1:])
parser.print_help()
