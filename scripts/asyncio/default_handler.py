# The default exception handler logs on the 'asyncio' logger: with no
# logging configured, the message, the context's other keys and the
# traceback go to stderr.
import asyncio

keep = []


def failing_callback(x):
    raise ZeroDivisionError(f'callback {x}')


async def fails():
    await asyncio.sleep(0)
    raise ValueError('nobody looked')


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(failing_callback, 1)
    await asyncio.sleep(0)
    loop.call_exception_handler({'message': 'just a message'})
    loop.call_exception_handler({})
    loop.call_exception_handler({'message': 'with a value', 'value': [1, 2]})
    keep.append(asyncio.create_task(fails()))
    await asyncio.sleep(0.01)
    print('main ends')


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close(); keep.clear()
print('closed')
