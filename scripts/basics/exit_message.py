# sys.exit with a message prints it on stderr and exits with status 1.
import sys

print("leaving")
sys.exit("goodbye: " + str(3 * 7))
