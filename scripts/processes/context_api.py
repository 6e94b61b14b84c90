# Contexts and start methods: choosing, refusing, the package's error classes.
import multiprocessing as mp
print(mp.get_start_method(allow_none=True))
print('spawn' in mp.get_all_start_methods(), mp.get_context('spawn').get_start_method())
try: mp.get_context('nope')
except ValueError as e: print(e)
try: mp.get_context('spawn').set_start_method('spawn')
except ValueError as e: print(e)
mp.set_start_method('spawn', force=True)
try: mp.set_start_method('spawn')
except RuntimeError as e: print(e)
print(mp.get_start_method(), issubclass(mp.BufferTooShort, mp.ProcessError), mp.TimeoutError.__mro__[1].__name__)
print(type(mp.get_context()).__name__, mp.cpu_count() > 0)
