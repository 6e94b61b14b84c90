print('init plainmod', __name__, repr(__package__))
VALUE = 'plain'
