# An exception nobody retrieved, of a task on a loop that is never
# closed, is reported when the program exits.
import asyncio


def handler(loop, context):
    print('handler:', context['message'], repr(context['exception']))


async def fails():
    raise ValueError('from a task')


loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)
task = loop.create_task(fails())
loop.run_until_complete(asyncio.sleep(0.01))
print('end of the program')
